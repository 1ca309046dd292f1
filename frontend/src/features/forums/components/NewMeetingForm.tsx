import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import { TextField } from '../../../design-system';
import { useCreateMeeting } from '../api/createMeeting';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';

const FORM = 'meeting';
const fields = ['date', 'startTime', 'endTime', 'title', 'location', 'onlineUrl'] as const;
type Field = (typeof fields)[number];

/** Plans a meeting of the forum (managers); the new meeting's page opens afterwards. */
export function NewMeetingForm({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const describeError = useForumErrorText();
  const [values, setValues] = useState<Record<Field, string>>({
    date: '',
    startTime: '',
    endTime: '',
    title: '',
    location: '',
    onlineUrl: '',
  });
  const set = (field: Field) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const label = (field: string) => t(`forums.meetingFields.${field as Field}`);
  const submit = async () => {
    const meeting = await create.mutateAsync({
      forumId,
      input: {
        date: values.date,
        startTime: optional(values.startTime),
        endTime: optional(values.endTime),
        title: optional(values.title),
        location: optional(values.location),
        onlineUrl: optional(values.onlineUrl),
      },
    });
    await navigate({
      to: '/meetings/$id',
      params: { id: meeting.id },
      state: { notice: { key: 'forums.meeting.created' } },
    });
  };

  return (
    <section aria-labelledby="new-meeting-heading">
      <h3 id="new-meeting-heading">{t('forums.meeting.new')}</h3>
      <ServerForm
        form={FORM}
        fields={fields}
        labelOf={label}
        onSubmit={submit}
        submitLabel={t('forums.meeting.create')}
        describeError={describeError}
      >
        <FormField form={FORM} name="date">
          <TextField
            type="date"
            name="date"
            label={label('date')}
            isRequired
            value={values.date}
            onChange={set('date')}
          />
        </FormField>
        <FormField form={FORM} name="startTime">
          <TextField
            type="time"
            name="startTime"
            label={label('startTime')}
            value={values.startTime}
            onChange={set('startTime')}
          />
        </FormField>
        <FormField form={FORM} name="endTime">
          <TextField
            type="time"
            name="endTime"
            label={label('endTime')}
            value={values.endTime}
            onChange={set('endTime')}
          />
        </FormField>
        <FormField form={FORM} name="title">
          <TextField name="title" label={label('title')} value={values.title} onChange={set('title')} />
        </FormField>
        <FormField form={FORM} name="location">
          <TextField name="location" label={label('location')} value={values.location} onChange={set('location')} />
        </FormField>
        <FormField form={FORM} name="onlineUrl">
          <TextField
            type="url"
            name="onlineUrl"
            label={label('onlineUrl')}
            value={values.onlineUrl}
            onChange={set('onlineUrl')}
          />
        </FormField>
      </ServerForm>
    </section>
  );
}
