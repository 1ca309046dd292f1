import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadedList } from '../../../components';
import { Badge, DataTable, Link, PageHeading, Select } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { toNationalResults, toResultsReport } from '../../../lib/links';
import { useCounties } from '../../../lib/reference';
import { useResultsReports } from '../api/getResultsReports';
import { NewReportForm } from '../components/NewReportForm';
import { LATEST_YEAR, yearOptions } from '../components/years';
import type { ResultsReportsSearch } from './searchParams';
import '../styles.css';

const routeApi = getRouteApi('/results-reports');

/** The counties' results reports by year: approved ones for everyone, drafts for those who write or read them. */
export function ResultsReportsPage() {
  const { t, i18n } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const counties = useCounties();
  const me = useMe();
  const reports = useResultsReports({ county: search.county, year: search.year });
  const set = (change: ResultsReportsSearch) => void navigate({ search: { ...search, ...change }, replace: true });
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  const scope = me.data?.permissions.scopeCounties ?? [];
  // Coordinators draft their counties' reports, admins any county's.
  const writable = (counties.data ?? []).filter((county) => isAdmin || scope.includes(county.code));
  return (
    <>
      <PageHeading>{t('resultsReports.title')}</PageHeading>
      <p className="lead">{t('resultsReports.lead')}</p>
      <p>
        <Link href={toNationalResults({ year: search.year ?? LATEST_YEAR })}>
          {t('resultsReports.toNational', { year: search.year ?? LATEST_YEAR })}
        </Link>
      </p>
      <div className="filters">
        <Select
          label={t('resultsReports.county')}
          emptyOption={t('resultsReports.allCounties')}
          options={(counties.data ?? []).map((county) => ({ id: county.code, label: county.name }))}
          value={search.county ?? null}
          onChange={(value) => set({ county: value ?? undefined })}
        />
        <Select
          label={t('resultsReports.year')}
          emptyOption={t('resultsReports.allYears')}
          options={yearOptions()}
          value={search.year === undefined ? null : String(search.year)}
          onChange={(value) => set({ year: value === null ? undefined : Number(value) })}
        />
      </div>
      <LoadedList query={reports} none={t('resultsReports.none')}>
        {(list) => (
          <DataTable
            caption={t('resultsReports.listCaption')}
            columns={[
              { key: 'report', header: t('resultsReports.report') },
              { key: 'status', header: t('resultsReports.statusLabel') },
              { key: 'approved', header: t('resultsReports.approvedOn') },
            ]}
            rows={list.map((report) => ({
              key: report.id,
              cells: [
                <Link key="link" href={toResultsReport({ id: report.id })}>
                  {t('resultsReports.reportOf', { county: report.countyName, year: report.year })}
                </Link>,
                <Badge key="status" tone={report.status === 'APPROVED' ? 'success' : 'muted'}>
                  {t(`resultsReports.status.${report.status}`)}
                </Badge>,
                report.approvedAt ? formatDateTime(report.approvedAt, locale(i18n.language)) : t('common.notSet'),
              ],
            }))}
          />
        )}
      </LoadedList>
      {writable.length > 0 && <NewReportForm counties={writable} />}
    </>
  );
}
