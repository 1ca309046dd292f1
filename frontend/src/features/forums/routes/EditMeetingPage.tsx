import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictText,
  FormField,
  FormRepeatingGroup,
  NotPermittedPage,
  QueryError,
  refetched,
  VersionedEdit,
  type SessionFormStart,
} from '../../../components';
import { Button, Link, PageHeading, SearchComboBox, Spinner, TextArea } from '../../../design-system';
import { isNotFound } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useMeeting, type VersionedMeeting } from '../api/getMeeting';
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
/** The meeting as read with the attendees of its minutes: what the form edits, with the meeting's ETag. */
type MeetingWithAttendees = VersionedMeeting & { attendees: Attendee[] };

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

/** An attendee row in words for the conflict screen: "Name, title (organisation)". */
function attendeeText(row: AttendeeRow): string {
  const person = [row.name, row.title].filter(Boolean).join(', ');
  return row.organisationName ? `${person} (${row.organisationName})`.trim() : person;
}

/** The meeting's time, place, link and attendees, for managers. */
export function EditMeetingPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const query = useMeeting(id);
  const readMinutes = query.data?.meeting.permissions.readMinutes ?? false;
  const minutes = useMinutes(id, readMinutes);

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
  const { meeting } = query.data;
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
      <EditMeetingForm
        versioned={query.data}
        attendees={minutes.data?.attendees ?? []}
        refetch={async () => {
          const [latest, latestMinutes] = await Promise.all([
            refetched(query),
            readMinutes ? minutes.refetch() : undefined,
          ]);
          return { ...latest, attendees: latestMinutes?.data?.attendees ?? [] };
        }}
      />
    </>
  );
}

/**
 * The form over the version of the meeting it was opened with: when someone else saved meanwhile (412), the
 * conflict screen shows what they changed, to re-apply mine onto their version or start again from it.
 */
function EditMeetingForm({
  versioned,
  attendees,
  refetch,
}: {
  versioned: VersionedMeeting;
  attendees: Attendee[];
  /** Reads the meeting and its attendees again. */
  refetch: () => Promise<MeetingWithAttendees>;
}) {
  const navigate = useNavigate();
  const update = useUpdateMeeting();
  const label = useMeetingFieldLabel();
  const id = versioned.meeting.id;
  return (
    <VersionedEdit
      read={{ ...versioned, attendees }}
      readAgain={refetch}
      snapshotOf={(latest: MeetingWithAttendees) => ({
        input: valuesOf(latest.meeting, latest.attendees),
        etag: latest.etag,
      })}
      save={async (values, etag) => {
        await update.mutateAsync({ id, etag, input: toInput(values) });
        await navigate({ to: '/meetings/$id', params: { id }, state: { notice: { key: 'forums.meetingEdit.saved' } } });
      }}
      fields={fields}
      labelOf={label}
      describe={(field, value) =>
        field === 'attendees' ? (value as AttendeeRow[]).map(attendeeText).join('\n') : conflictText(value)
      }
      renderForm={(start, session) => (
        <MeetingForm {...start} cancelHref={toMeeting({ id })} onSubmit={session.submit} />
      )}
    />
  );
}

function useMeetingFieldLabel() {
  const { t } = useTranslation();
  return (field: string) =>
    field === 'attendees' ? t('forums.meetingEdit.attendees') : t(`forums.meetingFields.${field as MeetingField}`);
}

function MeetingForm({
  initialInput: initial,
  cancelHref,
  onSubmit,
  ...start
}: SessionFormStart<Values> & {
  cancelHref: string;
  onSubmit: (values: Values) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [list, setList] = useState('');
  const [listAdded, setListAdded] = useState('');
  const set = (patch: Partial<MeetingValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const label = useMeetingFieldLabel();

  return (
    <ForumServerForm
      form={FORM}
      fields={fields}
      labelOf={label}
      onSubmit={() => onSubmit(values)}
      {...start}
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
