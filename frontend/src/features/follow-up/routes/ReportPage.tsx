import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import {
  BackLink,
  DataTable,
  DescriptionList,
  Link,
  PageHeading,
  ProvenanceMark,
  SourceNote,
  Spinner,
} from '../../../design-system';
import { ApiError, isNotFound } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { reportCsvUrl, reportPdfUrl, useReport } from '../api/getReport';
import { ReportIndicatorSection } from '../components/ReportIndicatorSection';
import { GoalStatusLabel, RoundStatusLabel } from '../components/StatusLabels';
import { goalStatuses, type Report } from '../types';
import { toAgreementFollowUp, toFollowUp } from '../../../lib/links';
import { goalAreaName } from '../format';
import '../styles.css';

const routeApi = getRouteApi('/follow-up/rounds/$roundId/report');

const countKeys = {
  ON_TRACK: 'onTrack',
  PARTLY: 'partly',
  NOT_ON_TRACK: 'notOnTrack',
  NOT_ASSESSED: 'notAssessed',
} as const;

function StatusOverview({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('followUp.report.overviewCaption')}
      columns={[
        { key: 'goalArea', header: t('followUp.fields.goalArea') },
        { key: 'status', header: t('followUp.fields.status') },
        ...goalStatuses.map((status) => ({ key: status, header: t(`followUp.report.countOf.${status}`) })),
      ]}
      rows={report.goalAreas.map((goalArea) => ({
        key: goalArea.id,
        cells: [
          <a key="link" href={`#goal-area-${goalArea.id}`} className="ds-link">
            {goalAreaName(goalArea)}
          </a>,
          <GoalStatusLabel key="status" status={goalArea.aggregateStatus} />,
          ...goalStatuses.map((status) => goalArea.statusCounts[countKeys[status]]),
        ],
      }))}
    />
  );
}

/** The follow-up report of a round: per goal area status (text and symbol), situation, activities, indicators. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { roundId } = routeApi.useParams();
  const query = useReport(roundId);
  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) {
    const forbidden = query.error instanceof ApiError && query.error.status === 403;
    return (
      <>
        <PageHeading>
          {isNotFound(query.error)
            ? t('followUp.report.notFound')
            : forbidden
              ? t('followUp.report.notYet')
              : t('common.errorTitle')}
        </PageHeading>
        {!isNotFound(query.error) && <QueryError error={query.error} />}
        <p>
          <Link href={toFollowUp()}>{t('followUp.backToOverview')}</Link>
        </p>
      </>
    );
  }
  const report = query.data;
  const lang = locale(i18n.language);
  const exportable = report.status !== 'OPEN';
  return (
    <article className="follow-up-report">
      <BackLink href={toAgreementFollowUp({ agreementId: report.agreement.id })}>
        {t('followUp.backToAgreement', { title: report.agreement.title })}
      </BackLink>
      <PageHeading>{t('followUp.report.title', { year: report.year, title: report.agreement.title })}</PageHeading>
      <DescriptionList
        emptyValue={t('common.notSet')}
        items={[
          { term: t('followUp.fields.county'), description: report.countyName },
          {
            term: t('followUp.fields.roundStatus'),
            description: (
              <>
                <RoundStatusLabel status={report.status} />
                <ProvenanceMark provenance={report.provenance} field="status" />
              </>
            ),
          },
          {
            term: t('followUp.fields.approval'),
            description: report.approvedBy
              ? t('followUp.report.approvedBy', { forum: report.approvedBy, date: formatDate(report.approvedOn, lang) })
              : report.provenance && <ProvenanceMark provenance={report.provenance} missing />,
          },
        ]}
      />
      <SourceNote provenance={report.provenance} />
      {/* A recorded round says why it stands as recorded, not approved (the source's own words on it). */}
      {report.status === 'RECORDED' && report.provenance?.note && (
        <p className="ds-source-note">{report.provenance.note}</p>
      )}
      {exportable && (
        <ul className="report-exports">
          <li>
            <a className="ds-link" href={reportCsvUrl(roundId)} download>
              {t('followUp.report.csv')}
            </a>
          </li>
          <li>
            <a className="ds-link" href={reportCsvUrl(roundId, 'excel-sv')} download>
              {t('followUp.report.csvExcel')}
            </a>
          </li>
          <li>
            <a className="ds-link" href={reportPdfUrl(roundId)}>
              {t('followUp.report.pdf')}
            </a>
          </li>
        </ul>
      )}
      {report.summary && (
        <section aria-labelledby="report-summary">
          <h2 id="report-summary">{t('followUp.fields.summary')}</h2>
          <p className="pre-line">{report.summary}</p>
        </section>
      )}
      <section aria-labelledby="report-overview">
        <h2 id="report-overview">{t('followUp.report.overview')}</h2>
        <StatusOverview report={report} />
      </section>
      {report.goalAreas.map((goalArea) => (
        <section
          key={goalArea.id}
          id={`goal-area-${goalArea.id}`}
          aria-labelledby={`heading-${goalArea.id}`}
          className="report-goal-area"
        >
          <h2 id={`heading-${goalArea.id}`}>{goalAreaName(goalArea)}</h2>
          <p>
            <span className="label">{t('followUp.fields.status')}:</span>{' '}
            <GoalStatusLabel status={goalArea.aggregateStatus} />
          </p>
          {goalArea.goal && <p>{goalArea.goal}</p>}
          {goalArea.focus.length > 0 && (
            <>
              <p className="label">{t('followUp.report.focus', { year: report.year })}</p>
              <ul>
                {goalArea.focus.map((focus, index) => (
                  <li key={index}>{focus}</li>
                ))}
              </ul>
            </>
          )}
          {goalArea.assessments.map((assessment) => (
            <section
              key={assessment.assessmentId}
              className="report-assessment"
              aria-label={assessment.organisation?.name ?? t('provenance.missing')}
            >
              <h3>{assessment.organisation?.name ?? t('provenance.missing')}</h3>
              {assessment.provenance?.inferred.includes('organisation') && (
                <div className="provenance-line">
                  {t('followUp.fields.organisation')}
                  <ProvenanceMark provenance={assessment.provenance} field="organisation" />
                </div>
              )}
              <p>
                <span className="label">{t('followUp.fields.status')}:</span>{' '}
                <GoalStatusLabel status={assessment.status} />
              </p>
              {assessment.situation && (
                <>
                  <p className="label">{t('followUp.fields.situation')}</p>
                  <p className="pre-line">{assessment.situation}</p>
                </>
              )}
              {assessment.activities.length > 0 && (
                <>
                  <p className="label">{t('followUp.fields.activities')}</p>
                  <ul className="activity-list">
                    {assessment.activities.map((activity, index) => (
                      <li key={index}>
                        <strong>{activity.title}</strong>
                        {activity.description && <p className="pre-line">{activity.description}</p>}
                        {activity.organisations.length > 0 && (
                          <p>
                            {t('followUp.assessment.activity.organisations')}:{' '}
                            {activity.organisations.map((o) => o.name).join(', ')}
                          </p>
                        )}
                        {activity.result && (
                          <p>
                            {t('followUp.assessment.activity.result')}: {activity.result}
                          </p>
                        )}
                        {activity.fundingSource && (
                          <p>
                            {t('followUp.assessment.activity.fundingSource')}: {activity.fundingSource}
                          </p>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          ))}
          {goalArea.indicators.length > 0 && (
            <>
              <h3>{t('followUp.indicators.title')}</h3>
              {goalArea.indicators.map((indicator) => (
                <ReportIndicatorSection key={indicator.id} indicator={indicator} year={report.year} headingLevel={4} />
              ))}
            </>
          )}
        </section>
      ))}
      {report.agreementIndicators.length > 0 && (
        <section aria-labelledby="agreement-indicators">
          <h2 id="agreement-indicators">{t('followUp.report.agreementIndicators')}</h2>
          {report.agreementIndicators.map((indicator) => (
            <ReportIndicatorSection key={indicator.id} indicator={indicator} year={report.year} />
          ))}
        </section>
      )}
    </article>
  );
}
