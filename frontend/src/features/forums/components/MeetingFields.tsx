import { useTranslation } from 'react-i18next';
import { bindFields } from '../../../components';
import { optional } from './optional';

export const meetingFields = ['date', 'startTime', 'endTime', 'title', 'location', 'onlineUrl'] as const;
export type MeetingField = (typeof meetingFields)[number];
export type MeetingValues = Record<MeetingField, string>;

/** A meeting's own fields as the API takes them (only the date is required). */
export function meetingInput(values: MeetingValues) {
  return {
    date: values.date,
    startTime: optional(values.startTime),
    endTime: optional(values.endTime),
    title: optional(values.title),
    location: optional(values.location),
    onlineUrl: optional(values.onlineUrl),
  };
}

/** A meeting's own fields (when, what, where), as both planning a meeting and correcting it ask them. */
export function MeetingFields({
  form,
  values,
  onChange,
}: {
  form: string;
  values: MeetingValues;
  onChange: (patch: Partial<MeetingValues>) => void;
}) {
  const { t } = useTranslation();
  const field = bindFields({
    form,
    values,
    onChange,
    labelOf: (name) => t(`forums.meetingFields.${name as MeetingField}`),
  });
  return (
    <>
      {field.text('date', { type: 'date', isRequired: true })}
      {field.text('startTime', { type: 'time' })}
      {field.text('endTime', { type: 'time' })}
      {field.text('title')}
      {field.text('location')}
      {field.text('onlineUrl', { type: 'url' })}
    </>
  );
}
