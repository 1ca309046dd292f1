import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  ConfirmAction,
  Facts,
  PageNotLoaded,
  PageTop,
  refetched,
  useHistoryDisclosure,
} from '../../../components';
import { Badge, Link, ProvenanceMark } from '../../../design-system';
import { formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { toNationalResults, toResultsReports } from '../../../lib/links';
import { useApproveResultsReport } from '../api/approveResultsReport';
import { useResultsReport } from '../api/getResultsReport';
import { useResultsReportHistory } from '../api/getResultsReportHistory';
import { PartsEditor } from '../components/PartsEditor';
import { PartTexts } from '../components/PartTexts';
import { ReportHistory } from '../components/ReportHistory';
import '../styles.css';

const routeApi = getRouteApi('/results-reports/$id');

/** A county's results report of a year: a part per assignment, written while a draft and then approved. */
export function ResultsReportPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const query = useResultsReport(id);
  const approve = useApproveResultsReport();
  const [approval, setApproval] = useState<{ error?: unknown } | null>(null);
  const history = useHistoryDisclosure(useResultsReportHistory, id);
  const toList = { href: toResultsReports(), label: t('resultsReports.title') };
  if (!query.isSuccess)
    return <PageNotLoaded query={query} notFoundTitle={t('resultsReports.notFound')} back={toList} />;
  const { report, etag } = query.data;
  const { permissions } = report;
  return (
    <>
      <PageTop
        back={{ href: toResultsReports({ county: report.countyCode }), label: toList.label }}
        title={t('resultsReports.reportOf', { county: report.countyName, year: report.year })}
      />
      <ProvenanceMark provenance={report.provenance} />
      <p>
        <Badge tone={report.status === 'APPROVED' ? 'success' : 'muted'}>
          {t(`resultsReports.status.${report.status}`)}
        </Badge>
      </p>
      <Facts
        items={[
          { term: t('resultsReports.county'), description: report.countyName },
          { term: t('resultsReports.year'), description: String(report.year) },
          {
            term: t('resultsReports.approvedOn'),
            description: report.approvedAt ? formatDateTime(report.approvedAt, locale(i18n.language)) : undefined,
          },
          { term: t('resultsReports.approvedBy'), description: report.approvedBy },
        ]}
      />
      <p>{t(permissions.edit ? 'resultsReports.draftHelp' : 'resultsReports.readHelp')}</p>
      {report.status === 'APPROVED' && (
        <p>
          <Link href={toNationalResults({ year: report.year })}>
            {t('resultsReports.toNational', { year: report.year })}
          </Link>
        </p>
      )}
      {approval && !approval.error && <p role="status">{t('resultsReports.approved')}</p>}
      <ActionError error={approval?.error} title={t('resultsReports.refused')} />
      {permissions.edit ? (
        <PartsEditor key={report.id} versioned={query.data} readAgain={() => refetched(query)} />
      ) : (
        report.parts.map((part) => (
          <section key={part.assignment} className="results-report-part" aria-labelledby={`part-${part.assignment}`}>
            <h2 id={`part-${part.assignment}`}>{t(`resultsReports.assignment.${part.assignment}`)}</h2>
            <PartTexts
              assessment={part.assessment}
              successFactors={part.successFactors}
              areasToDevelop={part.areasToDevelop}
            />
          </section>
        ))
      )}
      {permissions.approve && (
        <div className="results-report-actions">
          <ConfirmAction
            variant="primary"
            label={t('resultsReports.approve')}
            title={t('resultsReports.approveTitle', { county: report.countyName, year: report.year })}
            confirmLabel={t('resultsReports.approve')}
            action={() => approve.mutateAsync({ id: report.id, etag })}
            onDone={setApproval}
          >
            <p>{t('resultsReports.approveConsequence')}</p>
          </ConfirmAction>
        </div>
      )}
      {permissions.readHistory && <ReportHistory {...history} />}
    </>
  );
}
