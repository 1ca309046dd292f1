import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormDefinition } from '../../../components';

import { useCreateMeeting } from '../api/createMeeting';
import { MeetingFields, meetingFields, meetingInput, type MeetingValues } from './MeetingFields';
import { ForumServerForm } from './ForumServerForm';

const FORM = 'meeting';

/** Plans a meeting of the forum (managers); the new meeting's page opens afterwards. */
export function NewMeetingForm({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const [values, setValues] = useState<MeetingValues>({
    date: '',
    startTime: '',
    endTime: '',
    title: '',
    location: '',
    onlineUrl: '',
  });
  const set = (patch: Partial<MeetingValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const definition = useFormDefinition(FORM, meetingFields, 'forums.meetingFields');
  const submit = async () => {
    const meeting = await create.mutateAsync({
      forumId,
      input: meetingInput(values),
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
      <ForumServerForm {...definition} onSubmit={submit} submitLabel={t('forums.meeting.create')}>
        <MeetingFields form={FORM} values={values} onChange={set} />
      </ForumServerForm>
    </section>
  );
}
