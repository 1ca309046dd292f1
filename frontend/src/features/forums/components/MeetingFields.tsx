import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components';
import { TextField } from '../../../design-system';

export const meetingFields = ['date', 'startTime', 'endTime', 'title', 'location', 'onlineUrl'] as const;
export type MeetingField = (typeof meetingFields)[number];
export type MeetingValues = Record<MeetingField, string>;

/** A meeting's own fields (when, what, where), as both planning a meeting and correcting it ask them. */
export function MeetingFields({
  form,
  values,
  onChange,
}: {
  form: string;
  values: MeetingValues;
  onChange: (field: MeetingField, value: string) => void;
}) {
  const { t } = useTranslation();
  const field = (name: MeetingField, type?: 'date' | 'time' | 'url') => (
    <FormField form={form} name={name}>
      <TextField
        type={type}
        name={name}
        label={t(`forums.meetingFields.${name}`)}
        isRequired={name === 'date'}
        value={values[name]}
        onChange={(value) => {
          onChange(name, value);
        }}
      />
    </FormField>
  );
  return (
    <>
      {field('date', 'date')}
      {field('startTime', 'time')}
      {field('endTime', 'time')}
      {field('title')}
      {field('location')}
      {field('onlineUrl', 'url')}
    </>
  );
}
