import { getRouteApi, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTop, QueryError } from '../../../components';
import { Alert, DataTable, Link, PageHeading, Spinner } from '../../../design-system';
import { useForum } from '../api/getForum';
import { useStatusReports } from '../api/getStatusReports';
import { NewStatusReportForm } from '../components/StatusReportForm';
import { toForum, toStatusReport } from '../../../lib/links';
import '../styles.css';

const routeApi = getRouteApi('/forums/$id/status-reports');

/** A forum's quarterly status reports, newest first; the coordinator opens new ones. */
export function StatusReportsPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const forum = useForum(id);
  const reports = useStatusReports(id);
  const notice = useRouterState({ select: (state) => state.location.state.notice });
  if (forum.isPending) return <Spinner label={t('forums.detail.loading')} />;
  if (forum.isError) {
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={forum.error} onRetry={() => void forum.refetch()} />
      </>
    );
  }
  const { forum: data } = forum.data;
  return (
    <>
      <PageTop
        back={{ href: toForum({ id: id }), label: data.name }}
        title={t('forums.reports.title', { forum: data.name })}
      />
      {notice && <Alert tone="success" title={t(notice.key as 'forums.reportCorrections.deleted', notice.values)} />}
      {reports.isPending && <Spinner label={t('forums.reports.loading')} />}
      {reports.isError && <QueryError error={reports.error} onRetry={() => void reports.refetch()} />}
      {reports.data &&
        (reports.data.length === 0 ? (
          <p>{t('forums.reports.none')}</p>
        ) : (
          <DataTable
            caption={t('forums.reports.title', { forum: data.name })}
            captionHidden
            columns={[
              { key: 'title', header: t('forums.reports.fields.title') },
              { key: 'quarter', header: t('forums.reports.fields.quarter') },
              { key: 'status', header: t('forums.reports.status') },
            ]}
            rows={reports.data.map((report) => ({
              key: report.id,
              cells: [
                <Link key="title" href={toStatusReport({ id: report.id })}>
                  {report.title}
                </Link>,
                t('forums.reports.quarterOf', { quarter: report.quarter, year: report.year }),
                t(`statusReportStatus.${report.status}`),
              ],
            }))}
          />
        ))}
      {data.permissions.manageStatusReports && <NewStatusReportForm forumId={id} forumName={data.name} />}
    </>
  );
}
