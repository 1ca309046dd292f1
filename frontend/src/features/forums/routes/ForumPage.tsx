import { getRouteApi, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageNotLoaded, QueryError, useHistoryDisclosure } from '../../../components';
import { Alert, Disclosure, Link, LinkButton, PageHeading, Spinner } from '../../../design-system';
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

  if (!query.isSuccess)
    return (
      <PageNotLoaded
        query={query}
        loadingLabel={t('forums.detail.loading')}
        notFoundTitle={t('forums.detail.notFound')}
        back={{ href: toForums(), label: t('forums.detail.backToStructure') }}
      />
    );

  const { forum } = query.data;
  const workingGroups = forum.linkedFrom.filter((link) => link.kind === 'WORKING_GROUP');
  const otherLinks = forum.linkedFrom.filter((link) => link.kind !== 'WORKING_GROUP');
  return (
    <>
      <Link href={toForums({ county: forum.countyCode })} className="ds-link back-link">
        <span aria-hidden="true">← </span>
        {t('forums.detail.backToStructure')}
      </Link>
      <div className="page-header">
        <PageHeading>{forum.name}</PageHeading>
        {forum.permissions.edit && (
          <LinkButton variant="primary" href={toEditForum({ id: forum.id })}>
            {t('forums.form.edit')}
          </LinkButton>
        )}
      </div>
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
      {forum.mandate.length === 0 ? (
        <p>{t('common.notSet')}</p>
      ) : (
        <ol>
          {forum.mandate.map((point, index) => (
            <li key={index}>{point}</li>
          ))}
        </ol>
      )}

      <h2>{t('forums.detail.purposes')}</h2>
      {forum.purposes.length === 0 ? (
        <p>{t('common.notSet')}</p>
      ) : (
        <ul>
          {forum.purposes.map((purpose, index) => (
            <li key={index}>{purpose}</li>
          ))}
        </ul>
      )}

      <h2>{t('forums.detail.members')}</h2>
      <MemberTable forum={forum} />
      {forum.permissions.edit && (
        <Disclosure summary={t('forums.memberForm.heading')}>
          <MemberForm forumId={forum.id} />
        </Disclosure>
      )}

      <h2>{t('forums.detail.linkedFrom')}</h2>
      {otherLinks.length === 0 ? (
        <p>{t('forums.detail.noLinkedFrom')}</p>
      ) : (
        <ul>
          {otherLinks.map((link) => (
            <li key={link.id}>
              <Link href={toForum({ id: link.id })}>{link.name}</Link> (
              {t(`forums.relationLabel.${link.relation}`).toLowerCase()} {forum.name})
            </li>
          ))}
        </ul>
      )}

      <h2>{t('forums.detail.workingGroups')}</h2>
      {workingGroups.length === 0 ? (
        <p>{t('forums.detail.noWorkingGroups')}</p>
      ) : (
        <ul>
          {workingGroups.map((link) => (
            <li key={link.id}>
              <Link href={toForum({ id: link.id })}>{link.name}</Link>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('forums.detail.agreements')}</h2>
      {forum.agreements.length === 0 ? (
        <p>{t('forums.detail.noAgreements')}</p>
      ) : (
        <ul>
          {forum.agreements.map((agreement) => (
            <li key={agreement.id}>
              <Link href={toAgreement({ id: agreement.id })}>{agreement.title}</Link>
            </li>
          ))}
        </ul>
      )}

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
