import { useState } from 'react';
import { getRouteApi, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageNotLoaded, refetched, useHistoryDisclosure } from '../../../components';
import { Alert, DataTable, DescriptionList, Disclosure, Link, PageHeading } from '../../../design-system';
import { formatDate, formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useStatusReport } from '../api/getStatusReport';
import { CompiledText } from '../components/CompiledText';
import { StatusReportEditForm } from '../components/StatusReportForm';
import { DeleteStatusReport, WithdrawInvitations } from '../components/StatusReportCorrections';
import { CompileForm, ContributionForm, InviteForm, PublishForm } from '../components/StatusReportActions';
import { toForum, toForumStatusReports, toMeeting } from '../../../lib/links';
import { Attachments } from '../../../lib/slots/attachments';
import { useStatusReportHistory } from '../api/getStatusReportHistory';
import { RecordHistory } from '../components/RecordHistory';
import '../styles.css';

const routeApi = getRouteApi('/status-reports/$id');

/** One quarterly status report: themes, invitations, contributions per theme, compilation and publication. */
export function StatusReportPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const history = useHistoryDisclosure(useStatusReportHistory, id);
  const notice = useRouterState({ select: (state) => state.location.state.notice });
  const query = useStatusReport(id);
  const [edited, setEdited] = useState(false);
  if (!query.isSuccess)
    return (
      <PageNotLoaded
        query={query}
        loadingLabel={t('forums.reports.loading')}
        notFoundTitle={t('forums.reports.notFound')}
      />
    );
  const { report } = query.data;
  const lang = locale(i18n.language);
  const reload = () => void query.refetch();
  const submitted = report.invitations.filter((invitation) => invitation.submitted);
  return (
    <>
      <Link href={toForumStatusReports({ id: report.forum.id })} className="ds-link back-link">
        <span aria-hidden="true">← </span>
        {t('forums.reports.title', { forum: report.forum.name })}
      </Link>
      <PageHeading>{report.title}</PageHeading>
      {notice && <Alert tone="success" title={t(notice.key as 'forums.reports.created', notice.values)} />}
      <DescriptionList
        emptyValue={t('common.notSet')}
        items={[
          {
            term: t('forums.meetingFields.forum'),
            description: <Link href={toForum({ id: report.forum.id })}>{report.forum.name}</Link>,
          },
          {
            term: t('forums.reports.fields.quarter'),
            description: t('forums.reports.quarterOf', { quarter: report.quarter, year: report.year }),
          },
          { term: t('forums.reports.status'), description: t(`statusReportStatus.${report.status}`) },
          { term: t('forums.reports.fields.dueOn'), description: formatDate(report.dueOn, lang) },
          {
            term: t('forums.reports.agendaItem'),
            description: report.agendaItem && (
              <Link href={toMeeting({ id: report.agendaItem.meetingId })}>
                {t('forums.reports.forPoint', {
                  point: report.agendaItem.title,
                  date: formatDate(report.agendaItem.meetingDate, lang),
                })}
              </Link>
            ),
          },
          {
            term: t('forums.reports.published'),
            description:
              report.publishedAt &&
              t('forums.actionItem.updatedBy', {
                date: formatDateTime(report.publishedAt, lang),
                user: report.publishedBy ?? '',
              }),
          },
        ]}
      />

      {report.permissions.delete && <DeleteStatusReport versioned={query.data} />}

      <Attachments ownerType="STATUS_REPORT" ownerId={report.id} />

      {report.permissions.edit && report.status === 'OPEN' && (
        <Disclosure summary={t('forums.reportCorrections.edit')}>
          {edited && <Alert tone="success" title={t('forums.reportCorrections.saved')} />}
          <StatusReportEditForm
            versioned={query.data}
            refetch={() => refetched(query)}
            onSaved={() => setEdited(true)}
          />
        </Disclosure>
      )}
      <h2>{t('forums.reports.fields.themes')}</h2>
      <ol>
        {report.themes.map((theme) => (
          <li key={theme}>{theme}</li>
        ))}
      </ol>

      {report.compiledText && (
        <>
          <h2>{t('forums.reports.compiled')}</h2>
          <CompiledText text={report.compiledText} />
        </>
      )}

      {(report.invitations.length > 0 || report.permissions.edit) && (
        <>
          <h2>{t('forums.reports.invitations')}</h2>
          {report.invitations.length === 0 ? (
            <p>{t('forums.reports.noInvitations')}</p>
          ) : (
            <DataTable
              caption={t('forums.reports.invitations')}
              captionHidden
              columns={[
                { key: 'organisation', header: t('forums.members.organisation') },
                { key: 'submitted', header: t('forums.reports.contribution') },
              ]}
              rows={report.invitations.map((invitation) => ({
                key: invitation.organisation.id,
                cells: [
                  invitation.organisation.name,
                  invitation.submitted && invitation.submittedAt
                    ? t('forums.reports.submittedAt', {
                        date: formatDateTime(invitation.submittedAt, lang),
                        user: invitation.submittedBy ?? '',
                      })
                    : invitation.draft
                      ? t('forums.reports.draft')
                      : t('forums.reports.notSubmitted'),
                ],
              }))}
            />
          )}
          {report.permissions.edit && report.status === 'OPEN' && <WithdrawInvitations versioned={query.data} />}
          {report.permissions.edit && report.status === 'OPEN' && <InviteForm versioned={query.data} />}
        </>
      )}

      {report.permissions.contributeFor.length > 0 && (
        <>
          <h2>{t('forums.reports.contributions')}</h2>
          {report.permissions.contributeFor.map((organisationId) => (
            <ContributionForm
              key={organisationId}
              versioned={query.data}
              organisationId={organisationId}
              refetch={() => refetched(query)}
            />
          ))}
        </>
      )}

      {submitted.length > 0 && (
        <>
          <h2>{t('forums.reports.byTheme')}</h2>
          {report.themes.map((theme) => (
            <section key={theme} aria-label={theme}>
              <h3>{theme}</h3>
              {!submitted.some((invitation) => invitation.entries.some((entry) => entry.theme === theme)) && (
                <p>{t('forums.reports.noneOnTheme')}</p>
              )}
              <ul>
                {submitted.map((invitation) => {
                  const entry = invitation.entries.find((candidate) => candidate.theme === theme);
                  return entry ? (
                    <li key={invitation.organisation.id}>
                      <strong>{invitation.organisation.name}:</strong>{' '}
                      <span className="preserve-lines">{entry.text}</span>
                    </li>
                  ) : null;
                })}
              </ul>
            </section>
          ))}
        </>
      )}

      {report.permissions.compile && (
        <>
          <h2>{t('forums.reports.compile')}</h2>
          <CompileForm versioned={query.data} onReload={reload} />
        </>
      )}
      {report.permissions.publish && (
        <>
          <h2>{t('forums.reports.publish')}</h2>
          <PublishForm versioned={query.data} onReload={reload} />
        </>
      )}
      <RecordHistory {...history} id={report.id} />
    </>
  );
}
