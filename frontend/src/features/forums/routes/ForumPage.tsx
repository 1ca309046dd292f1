import { getRouteApi, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListOrNone, PageNotLoaded, PageTop, QueryError, refetched, useHistoryDisclosure } from '../../../components';
import { Alert, Disclosure, Link, Spinner } from '../../../design-system';
import { useForum } from '../api/getForum';
import { useForumMeetings } from '../api/getForumMeetings';
import { ForumFacts, MemberTable } from '../components/ForumFacts';
import { MeetingList } from '../components/MeetingList';
import { MemberForm } from '../components/MemberForm';
import { NewMeetingForm } from '../components/NewMeetingForm';
import { StandingItems } from '../components/StandingItems';
import { toAgreement, toEditForum, toForum, toForumStatusReports, toForums } from '../../../lib/links';
import { useForumHistory } from '../api/getForumHistory';
import { RecordHistory } from '../components/RecordHistory';
import '../styles.css';
import { Follow } from '../../../lib/slots/follow';

const routeApi = getRouteApi('/forums/$id');

/** Everything about one forum: facts, members, mandate, purposes, links, agreements, working groups, meetings. */
export function ForumPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const history = useHistoryDisclosure(useForumHistory, id);
  const query = useForum(id);
  const meetings = useForumMeetings(id);
  const notice = useRouterState({ select: (state) => state.location.state.notice });

  const back = { href: toForums(), label: t('forums.detail.backToStructure') };
  const loading = t('forums.detail.loading');
  if (!query.isSuccess)
    return (
      <PageNotLoaded query={query} loadingLabel={loading} notFoundTitle={t('forums.detail.notFound')} back={back} />
    );

  const { forum } = query.data;
  const workingGroups = forum.linkedFrom.filter((link) => link.kind === 'WORKING_GROUP');
  const otherLinks = forum.linkedFrom.filter((link) => link.kind !== 'WORKING_GROUP');
  return (
    <>
      <PageTop
        back={{ href: toForums({ county: forum.countyCode }), label: t('forums.detail.backToStructure') }}
        title={forum.name}
        action={forum.permissions.edit ? { href: toEditForum({ id: forum.id }), label: t('forums.form.edit') } : null}
      />
      <Follow subjectType="FORUM" subjectId={forum.id} name={forum.name} />
      {notice && <Alert tone="success" title={t(notice.key as 'forums.form.saved', notice.values)} />}
      {!forum.active && (
        <p>
          <strong>{t('forums.detail.inactive')}</strong>
        </p>
      )}
      {forum.description && <p className="preserve-lines">{forum.description}</p>}

      <h2>{t('forums.detail.facts')}</h2>
      <ForumFacts forum={forum} />

      <h2>{t('forums.detail.mandate')}</h2>
      <ListOrNone items={forum.mandate} none={t('common.notSet')} ordered>
        {(point, index) => <li key={index}>{point}</li>}
      </ListOrNone>

      <h2>{t('forums.detail.purposes')}</h2>
      <ListOrNone items={forum.purposes} none={t('common.notSet')}>
        {(purpose, index) => <li key={index}>{purpose}</li>}
      </ListOrNone>

      <h2>{t('forums.detail.members')}</h2>
      <MemberTable forum={forum} refetch={() => refetched(query)} />
      {forum.permissions.edit && (
        <Disclosure summary={t('forums.memberForm.heading')}>
          <MemberForm forumId={forum.id} />
        </Disclosure>
      )}

      <h2>{t('forums.detail.linkedFrom')}</h2>
      <ListOrNone items={otherLinks} none={t('forums.detail.noLinkedFrom')}>
        {(link) => (
          <li key={link.id}>
            <Link href={toForum({ id: link.id })}>{link.name}</Link> (
            {t(`forums.relationLabel.${link.relation}`).toLowerCase()} {forum.name})
          </li>
        )}
      </ListOrNone>

      <h2>{t('forums.detail.workingGroups')}</h2>
      <ListOrNone items={workingGroups} none={t('forums.detail.noWorkingGroups')}>
        {(link) => (
          <li key={link.id}>
            <Link href={toForum({ id: link.id })}>{link.name}</Link>
          </li>
        )}
      </ListOrNone>

      <h2>{t('forums.detail.agreements')}</h2>
      <ListOrNone items={forum.agreements} none={t('forums.detail.noAgreements')}>
        {(agreement) => (
          <li key={agreement.id}>
            <Link href={toAgreement({ id: agreement.id })}>{agreement.title}</Link>
          </li>
        )}
      </ListOrNone>

      <h2>{t('forums.detail.statusReports')}</h2>
      <p>
        <Link href={toForumStatusReports({ id: forum.id })}>
          {t('forums.detail.statusReportsLink', { forum: forum.name })}
        </Link>
      </p>

      <StandingItems forum={forum} />

      <h2>{t('forums.detail.meetings')}</h2>
      <p>
        <a className="ds-link" href={`/api/v1/forums/${forum.id}/calendar.ics`}>
          {t('forums.detail.calendar')}
        </a>
      </p>
      {meetings.isPending && <Spinner label={t('forums.meetings.loading')} />}
      {meetings.isError && <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />}
      {meetings.data && <MeetingList meetings={meetings.data} />}
      {forum.permissions.manageMeetings && <NewMeetingForm forumId={forum.id} />}
      <RecordHistory {...history} id={forum.id} />
    </>
  );
}
