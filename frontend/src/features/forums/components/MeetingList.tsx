import { useTranslation } from 'react-i18next';
import { DataTable, Link } from '../../../design-system';
import { formatDate, todayIso } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { MeetingSummary } from '../types';
import { toMeeting } from '../../../lib/links';

/** A meeting's time of day, e.g. "09:30–12:00", or nothing when only the date is known. */
export function timeSpan(meeting: { startTime?: string; endTime?: string }): string {
  const short = (value?: string) => value?.slice(0, 5);
  if (!meeting.startTime) return '';
  return meeting.endTime ? `${short(meeting.startTime)}–${short(meeting.endTime)}` : (short(meeting.startTime) ?? '');
}

function MeetingTable({ caption, meetings }: { caption: string; meetings: MeetingSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: 'date', header: t('forums.meetings.date') },
        { key: 'title', header: t('forums.meetings.meetingTitle') },
        { key: 'place', header: t('forums.meetings.place') },
        { key: 'minutes', header: t('forums.meetings.minutes') },
      ]}
      rows={meetings.map((meeting) => ({
        key: meeting.id,
        cells: [
          <Link key="date" href={toMeeting({ id: meeting.id })}>
            {`${formatDate(meeting.date, locale(i18n.language))} ${timeSpan(meeting)}`.trim()}
          </Link>,
          meeting.title ?? meeting.forum.name,
          meeting.location ?? (meeting.onlineUrl ? t('forums.meetings.online') : t('common.notSet')),
          meeting.minutesPublished ? t('forums.meetings.minutesPublished') : t('forums.meetings.minutesNotPublished'),
        ],
      }))}
    />
  );
}

/** A forum's meetings, upcoming (earliest first) and past (latest first). */
export function MeetingList({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  const today = todayIso();
  const upcoming = meetings.filter((meeting) => meeting.date >= today);
  const past = meetings.filter((meeting) => meeting.date < today).reverse();
  return (
    <>
      <h3>{t('forums.meetings.upcoming')}</h3>
      {upcoming.length === 0 ? (
        <p>{t('forums.meetings.noUpcoming')}</p>
      ) : (
        <MeetingTable caption={t('forums.meetings.upcoming')} meetings={upcoming} />
      )}
      <h3>{t('forums.meetings.past')}</h3>
      {past.length === 0 ? (
        <p>{t('forums.meetings.noPast')}</p>
      ) : (
        <MeetingTable caption={t('forums.meetings.past')} meetings={past} />
      )}
    </>
  );
}
