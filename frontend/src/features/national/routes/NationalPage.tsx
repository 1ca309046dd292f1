import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded, QueryError } from '../../../components';
import { Alert, Button, Link, PageHeading } from '../../../design-system';
import { toLokMap, toNationalResults, toResultsReports } from '../../../lib/links';
import { downloadNationalCsv } from '../api/downloadNationalCsv';
import { useNationalOverview } from '../api/getNationalOverview';
import { CountyTable } from '../components/CountyTable';
import { IndicatorValues } from '../components/IndicatorValues';
import { YearSelect } from '../components/YearSelect';
import type { NationalSearch } from './searchParams';
import '../styles.css';

const routeApi = getRouteApi('/national');

/** The 21 counties side by side in a year, the country's totals, and indicator values across the country. */
export function NationalPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const year = search.year ?? new Date().getFullYear();
  const overview = useNationalOverview(year);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const set = (change: NationalSearch) => void navigate({ search: { ...search, ...change }, replace: true });
  return (
    <>
      <PageHeading>{t('national.title')}</PageHeading>
      <p className="lead">{t('national.lead')}</p>
      <div className="filters">
        <YearSelect year={year} onChange={(y) => set({ year: y, page: undefined })} />
      </div>
      <p className="national-actions">
        <Link href={toLokMap({ year })}>{t('national.toLokMap')}</Link>
        <Link href={toNationalResults({ year })}>{t('national.toResults', { year })}</Link>
        <Link href={toResultsReports()}>{t('national.toResultsReports')}</Link>
        <Button
          variant="secondary"
          onPress={() => {
            setDownloadError(null);
            downloadNationalCsv(year).catch(setDownloadError);
          }}
        >
          {t('national.downloadCsv')}
        </Button>
        <Button
          variant="secondary"
          onPress={() => {
            setDownloadError(null);
            downloadNationalCsv(year, 'excel-sv').catch(setDownloadError);
          }}
        >
          {t('national.downloadExcel')}
        </Button>
      </p>
      {downloadError !== null && <QueryError error={downloadError} />}
      <Loaded query={overview}>
        {(data) => (
          <>
            {data.internal && (
              <Alert tone="info" title={t('national.internalTitle')}>
                {t('national.internal')}
              </Alert>
            )}
            <p>{t('national.explanation')}</p>
            <CountyTable overview={data} />
          </>
        )}
      </Loaded>
      <IndicatorValues year={year} county={search.county} page={search.page ?? 1} onChange={(change) => set(change)} />
    </>
  );
}
