import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, FormRepeatingGroup } from '../../../components';
import { QueryError } from '../../../components';
import { NotPermittedPage } from '../../../components';
import { Button, Link, PageHeading, SearchComboBox, Spinner, TextArea } from '../../../design-system';
import { isNotFound } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useMeeting } from '../api/getMeeting';
import { useMinutes } from '../api/getMinutes';
import { useUpdateMeeting } from '../api/updateMeeting';
import {
  MeetingFields,
  meetingFields,
  meetingInput,
  type MeetingField,
  type MeetingValues,
} from '../components/MeetingFields';
import { optional } from '../components/optional';
import { useOrganisationOptions } from '../../../components';
import type { Meeting, MeetingInput } from '../types';
import { toMeeting } from '../../../lib/links';
import '../styles.css';
import { ForumServerForm } from '../components/ForumServerForm';

const routeApi = getRouteApi('/meetings/$id/edit');

const FORM = 'meeting-edit';
const fields = [...meetingFields, 'attendees'] as const;

type AttendeeRow = {
  key: string;
  organisationId: string | null;
  organisationName: string;
  name: string;
  title: string;
};
type Attendee = { organisation?: { id: string; name: string }; name?: string; title?: string };
type Values = MeetingValues & { attendees: AttendeeRow[] };

let rowCount = 0;
function newRow(attendee?: Attendee): AttendeeRow {
  rowCount += 1;
  return {
    key: `attendee-${rowCount}`,
    organisationId: attendee?.organisation?.id ?? null,
    organisationName: attendee?.organisation?.name ?? '',
    name: attendee?.name ?? '',
    title: attendee?.title ?? '',
  };
}

/** Rows from a pasted list: one attendee a line, "Name, title or role" (the title is optional). */
export function attendeesFromList(text: string): AttendeeRow[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const comma = line.indexOf(',');
      return comma === -1
        ? newRow({ name: line })
        : newRow({ name: line.slice(0, comma).trim(), title: line.slice(comma + 1).trim() || undefined });
    });
}

function valuesOf(meeting: Meeting, attendees: Attendee[]): Values {
  return {
    date: meeting.date,
    startTime: meeting.startTime?.slice(0, 5) ?? '',
    endTime: meeting.endTime?.slice(0, 5) ?? '',
    title: meeting.title ?? '',
    location: meeting.location ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    attendees: attendees.map((attendee) => newRow(attendee)),
  };
}

function toInput(values: Values): MeetingInput {
  return {
    ...meetingInput(values),
    attendees: values.attendees.map((row) => ({
      organisationId: row.organisationId ?? undefined,
      name: optional(row.name),
      title: optional(row.title),
    })),
  };
}

/** The meeting's time, place, link and attendees, for managers; saved with the ETag that was read, a 412 offers the latest. */
export function EditMeetingPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id } = routeApi.useParams();
  const query = useMeeting(id);
  const readMinutes = query.data?.meeting.permissions.readMinutes ?? false;
  const minutes = useMinutes(id, readMinutes);
  const update = useUpdateMeeting();
  // A new form (with the latest values) after a reload.
  const [round, setRound] = useState(0);

  if (query.isPending || (readMinutes && minutes.isPending)) return <Spinner label={t('forums.meeting.loading')} />;
  const error = query.error ?? (minutes.isError && !isNotFound(minutes.error) ? minutes.error : null);
  if (error) {
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return null;
  const { meeting, etag } = query.data;
  if (!meeting.permissions.edit) return <NotPermittedPage />;
  const date = formatDate(meeting.date, locale(i18n.language)) ?? meeting.date;
  const name = meeting.title
    ? `${meeting.title}, ${date}`
    : t('forums.meeting.heading', { forum: meeting.forum.name, date });

  return (
    <>
      <Link href={toMeeting({ id: meeting.id })} className="ds-link back-link">
        <span aria-hidden="true">← </span>
        {name}
      </Link>
      <PageHeading>{t('forums.meetingEdit.title', { name })}</PageHeading>
      <MeetingForm
        key={`${round}-${etag}`}
        initial={valuesOf(meeting, minutes.data?.attendees ?? [])}
        cancelHref={toMeeting({ id: meeting.id })}
        onReload={() =>
          void Promise.all([query.refetch(), readMinutes ? minutes.refetch() : Promise.resolve()]).then(() =>
            setRound((count) => count + 1),
          )
        }
        onSubmit={async (input) => {
          await update.mutateAsync({ id: meeting.id, etag, input });
          await navigate({
            to: '/meetings/$id',
            params: { id: meeting.id },
            state: { notice: { key: 'forums.meetingEdit.saved' } },
          });
        }}
      />
    </>
  );
}

function MeetingForm({
  initial,
  cancelHref,
  onSubmit,
  onReload,
}: {
  initial: Values;
  cancelHref: string;
  onSubmit: (input: MeetingInput) => Promise<void>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [list, setList] = useState('');
  const [listAdded, setListAdded] = useState('');
  const set = (patch: Partial<MeetingValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const label = (field: string) =>
    field === 'attendees' ? t('forums.meetingEdit.attendees') : t(`forums.meetingFields.${field as MeetingField}`);

  return (
    <ForumServerForm
      form={FORM}
      fields={fields}
      labelOf={label}
      onSubmit={() => onSubmit(toInput(values))}
      onReload={onReload}
      isDirty={values.attendees.length !== initial.attendees.length || list !== ''}
      submitLabel={t('forums.meetingEdit.save')}
      cancelHref={cancelHref}
    >
      <MeetingFields form={FORM} values={values} onChange={set} />
      <div className="attendee-list">
        <TextArea
          name="attendeeList"
          rows={4}
          label={t('forums.meetingEdit.attendeeList')}
          description={t('forums.meetingEdit.attendeeListHint')}
          value={list}
          onChange={setList}
        />
        <Button
          onPress={() => {
            const rows = attendeesFromList(list);
            setValues((previous) => ({ ...previous, attendees: [...previous.attendees, ...rows] }));
            setList('');
            setListAdded(t('forums.meetingEdit.attendeeListAdded', { count: rows.length }));
          }}
        >
          {t('forums.meetingEdit.attendeeListAdd')}
        </Button>
        <span role="status" className="form-progress">
          {listAdded}
        </span>
      </div>
      <FormRepeatingGroup
        name="attendees"
        items={values.attendees}
        onChange={(attendees) => setValues((previous) => ({ ...previous, attendees }))}
        newItem={() => newRow()}
        labels={{
          legend: t('forums.meetingEdit.attendees'),
          description: t('forums.meetingEdit.attendeesHint'),
          item: (n) => t('forums.meetingEdit.attendee', { n }),
          add: t('forums.meetingEdit.addAttendee'),
          remove: t('forums.form.remove'),
          added: (n) => t('forums.meetingEdit.attendeeAdded', { n }),
          removed: (n) => t('forums.meetingEdit.attendeeRemoved', { n }),
          empty: t('forums.meetingEdit.noAttendees'),
        }}
        renderItem={(row, entry) => (
          <>
            <FormField form={FORM} name={entry.name('organisationId')}>
              <SearchComboBox
                name={entry.name('organisationId')}
                label={t('forums.meetingEdit.attendeeOrganisation')}
                emptyText={t('forums.actionItem.organisationEmpty')}
                value={row.organisationId}
                valueLabel={row.organisationName}
                onChange={(organisationId, organisationName) => entry.update({ organisationId, organisationName })}
                useOptions={useOrganisationOptions}
              />
            </FormField>
            {entry.text('name', { label: t('forums.meetingEdit.attendeeName') })}
            {entry.text('title', { label: t('forums.meetingEdit.attendeeTitle') })}
          </>
        )}
      />
    </ForumServerForm>
  );
}
