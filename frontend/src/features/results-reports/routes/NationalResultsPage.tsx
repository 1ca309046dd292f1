import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded, NotFoundPage, QueryError } from '../../../components';
import { Button, DataTable, Link, PageHeading, ProvenanceMark, Select } from '../../../design-system';
import { formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { toNationalResults, toResultsReport, toResultsReports } from '../../../lib/links';
import { downloadNationalResults, type NationalResultsFile } from '../api/downloadNationalResults';
import { useNationalResults } from '../api/getNationalResults';
import { PartTexts } from '../components/PartTexts';
import { yearOptions } from '../components/years';
import type { NationalResults } from '../types';
import { yearOf } from './searchParams';
import '../styles.css';

const routeApi = getRouteApi('/national-results/$year');

/** The national compilation of a year: per assignment the national summary and the counties' approved parts. */
export function NationalResultsPage() {
  const { year: param } = routeApi.useParams();
  const year = yearOf(param);
  return year === undefined ? <NotFoundPage /> : <Compilation year={year} />;
}

function Compilation({ year }: { year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useNationalResults(year);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const download = (file: NationalResultsFile) => {
    setDownloadError(null);
    downloadNationalResults(year, file).catch(setDownloadError);
  };
  return (
    <>
      <PageHeading>{t('resultsReports.national.title', { year })}</PageHeading>
      <p className="lead">{t('resultsReports.national.lead')}</p>
      <div className="filters">
        <Select
          label={t('resultsReports.year')}
          options={yearOptions()}
          value={String(year)}
          onChange={(value) => {
            if (value !== null) void navigate({ href: toNationalResults({ year: Number(value) }), replace: true });
          }}
        />
      </div>
      <p className="results-report-actions">
        <Link href={toResultsReports({ year })}>{t('resultsReports.national.toList', { year })}</Link>
        <Button variant="secondary" onPress={() => download('csv-excel')}>
          {t('resultsReports.national.downloadExcel')}
        </Button>
        <Button variant="secondary" onPress={() => download('csv')}>
          {t('resultsReports.national.downloadCsv')}
        </Button>
        <Button variant="secondary" onPress={() => download('pdf')}>
          {t('resultsReports.national.downloadPdf')}
        </Button>
      </p>
      {downloadError !== null && <QueryError error={downloadError} />}
      <Loaded query={query}>{(data) => <CompilationBody data={data} />}</Loaded>
    </>
  );
}

function CompilationBody({ data }: { data: NationalResults }) {
  const { t, i18n } = useTranslation();
  const approved = data.counties.filter((county) => county.reportId !== undefined).length;
  return (
    <>
      {data.title && (
        <section aria-labelledby="national-summary">
          <h2 id="national-summary">{t('resultsReports.national.summary')}</h2>
          <p>
            <strong>{data.title}</strong>
          </p>
          {data.introduction && <p className="preserve-lines">{data.introduction}</p>}
          <ProvenanceMark provenance={data.provenance} />
        </section>
      )}
      <section aria-labelledby="national-counties">
        <h2 id="national-counties">{t('resultsReports.national.counties')}</h2>
        <p>{t('resultsReports.national.approvedCount', { count: approved, total: data.counties.length })}</p>
        <DataTable
          caption={t('resultsReports.national.countiesCaption', { year: data.year })}
          captionHidden
          columns={[
            { key: 'county', header: t('resultsReports.county') },
            { key: 'report', header: t('resultsReports.report') },
          ]}
          rows={data.counties.map((county) => ({
            key: county.countyCode,
            cells: [
              county.countyName,
              county.reportId === undefined ? (
                <Link key="list" href={toResultsReports({ county: county.countyCode, year: data.year })}>
                  {t('resultsReports.national.noApproved')}
                </Link>
              ) : (
                <Link key="report" href={toResultsReport({ id: county.reportId })}>
                  {county.approvedAt
                    ? t('resultsReports.national.approvedAt', {
                        at: formatDateTime(county.approvedAt, locale(i18n.language)),
                      })
                    : t('resultsReports.status.APPROVED')}
                </Link>
              ),
            ],
          }))}
        />
      </section>
      {data.assignments.map((assignment) => (
        <section
          key={assignment.assignment}
          className="results-report-part"
          aria-labelledby={`assignment-${assignment.assignment}`}
        >
          <h2 id={`assignment-${assignment.assignment}`}>{t(`resultsReports.assignment.${assignment.assignment}`)}</h2>
          {assignment.nationalSummary && (
            <>
              <h3>{t('resultsReports.national.nationalSummary')}</h3>
              <p className="preserve-lines">{assignment.nationalSummary}</p>
              <ProvenanceMark provenance={assignment.nationalSummaryProvenance} />
            </>
          )}
          {assignment.counties.length === 0 ? (
            <p>{t('resultsReports.national.noParts')}</p>
          ) : (
            assignment.counties.map((county) => (
              <article
                key={county.countyCode}
                aria-labelledby={`assignment-${assignment.assignment}-${county.countyCode}`}
              >
                <h3 id={`assignment-${assignment.assignment}-${county.countyCode}`}>{county.countyName}</h3>
                <PartTexts
                  assessment={county.assessment}
                  successFactors={county.successFactors}
                  areasToDevelop={county.areasToDevelop}
                />
              </article>
            ))
          )}
        </section>
      ))}
    </>
  );
}
