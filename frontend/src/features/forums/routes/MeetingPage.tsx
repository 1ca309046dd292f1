import { getRouteApi, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Facts, PageNotLoaded, PageTop, QueryError, refetched, useHistoryDisclosure } from '../../../components';
import { Alert, Link, SourceNote, Spinner } from '../../../design-system';
import { isNotFound } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useMeeting } from '../api/getMeeting';
import { useMinutes } from '../api/getMinutes';
import { AddAgendaItemForm } from '../components/AgendaItemForms';
import { AgendaView, FollowUpSection } from '../components/AgendaView';
import { CorrectionOutcome } from '../components/AgendaCorrections';
import { DeleteMeeting } from '../components/DeleteMeeting';
import { timeSpan } from '../components/MeetingList';
import { PublishMinutes } from '../components/PublishMinutes';
import { toEditMeeting, toForum, toForums } from '../../../lib/links';
import { Attachments } from '../../../lib/slots/attachments';
import { useMeetingHistory } from '../api/getMeetingHistory';
import { RecordHistory } from '../components/RecordHistory';
import '../styles.css';

const routeApi = getRouteApi('/meetings/$id');

/** One meeting: time and place, attendees, agenda with minutes, decisions and action items, and the follow-up. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const history = useHistoryDisclosure(useMeetingHistory, id);
  const notice = useRouterState({ select: (state) => state.location.state.notice });
  const query = useMeeting(id);
  const readMinutes = query.data?.meeting.permissions.readMinutes ?? false;
  const minutes = useMinutes(id, readMinutes);
  const [refused, setRefused] = useState<unknown>(null);

  const back = { href: toForums(), label: t('forums.detail.backToStructure') };
  const loading = t('forums.meeting.loading');
  if (!query.isSuccess)
    return (
      <PageNotLoaded query={query} loadingLabel={loading} notFoundTitle={t('forums.meeting.notFound')} back={back} />
    );

  const { meeting, etag } = query.data;
  const lang = locale(i18n.language);
  const date = formatDate(meeting.date, lang) ?? meeting.date;
  const heading = meeting.title
    ? `${meeting.title}, ${date}`
    : t('forums.meeting.heading', { forum: meeting.forum.name, date });
  const minutesMissing = !readMinutes || (minutes.isError && isNotFound(minutes.error));
  // The latest meeting, and its minutes when the page shows them: a correction's conflict screen compares with both.
  const readAgain = async () => {
    const [latest, latestMinutes] = await Promise.all([
      refetched(query),
      minutes.data ? refetched(minutes) : undefined,
    ]);
    return { meeting: latest.meeting, minutes: latestMinutes?.items };
  };

  return (
    <>
      <PageTop back={{ href: toForum({ id: meeting.forum.id }), label: meeting.forum.name }} title={heading} />
      {notice && refused === null && (
        <Alert tone="success" title={t(notice.key as 'forums.meeting.created', notice.values)} />
      )}
      {refused !== null && <CorrectionOutcome outcome={{ error: refused }} />}

      <Facts
        items={[
          {
            term: t('forums.meetingFields.forum'),
            description: <Link href={toForum({ id: meeting.forum.id })}>{meeting.forum.name}</Link>,
          },
          { term: t('forums.meetingFields.date'), description: date },
          { term: t('forums.meetingFields.time'), description: timeSpan(meeting) || undefined },
          { term: t('forums.meetingFields.location'), description: meeting.location },
          {
            term: t('forums.meetingFields.onlineUrl'),
            description: meeting.onlineUrl && (
              <a className="ds-link" href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                {meeting.onlineUrl}
              </a>
            ),
          },
          {
            term: t('forums.meetingFields.minutes'),
            description: meeting.minutesPublished
              ? t('forums.minutes.publishedAt', {
                  date: meeting.minutesPublishedAt ? formatDateTime(meeting.minutesPublishedAt, lang) : '',
                  user: meeting.minutesPublishedBy ?? '',
                })
              : t('forums.minutes.notPublished'),
          },
        ]}
      />
      <SourceNote provenance={meeting.provenance} />
      {meeting.permissions.edit && !meeting.minutesPublished && (
        <p>
          <Link href={toEditMeeting({ id: meeting.id })}>{t('forums.meetingEdit.link')}</Link>
        </p>
      )}
      {meeting.permissions.delete && (
        <div className="page-actions">
          <DeleteMeeting meeting={meeting} etag={etag} name={heading} onError={setRefused} />
        </div>
      )}
      <p>
        <a className="ds-link" href={`/api/v1/meetings/${meeting.id}/calendar.ics`}>
          {t('forums.meeting.calendar')}
        </a>
      </p>
      <PublishMinutes meeting={meeting} etag={etag} attendeeCount={minutes.data?.attendees.length} />

      <h2>{t('forums.meeting.attendees')}</h2>
      {minutesMissing ? (
        <p>{t('forums.minutes.notYetPublished')}</p>
      ) : minutes.isPending ? (
        <Spinner label={t('forums.minutes.loading')} />
      ) : minutes.isError ? (
        <QueryError error={minutes.error} onRetry={() => void minutes.refetch()} />
      ) : minutes.data.attendees.length === 0 ? (
        <p>{t('forums.meeting.noAttendees')}</p>
      ) : (
        <ul>
          {minutes.data.attendees.map((attendee, index) => (
            <li key={index}>
              {[attendee.name, attendee.title, attendee.organisation?.name].filter(Boolean).join(', ')}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('forums.meeting.agenda')}</h2>
      {minutesMissing && meeting.agenda.length > 0 && (
        <Alert tone="info" title={t('forums.minutes.notYetPublished')}>
          <p>{t('forums.minutes.notYetPublishedText')}</p>
        </Alert>
      )}
      <AgendaView meeting={meeting} minutes={minutes.data?.items} readAgain={readAgain} />
      {meeting.permissions.edit && <AddAgendaItemForm meetingId={meeting.id} />}

      <Attachments ownerType="MEETING" ownerId={meeting.id} />

      <FollowUpSection meeting={meeting} />
      <RecordHistory {...history} id={meeting.id} />
    </>
  );
}
