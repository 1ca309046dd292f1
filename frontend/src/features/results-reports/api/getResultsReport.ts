import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { ResultsReport } from '../types';
import { resultsReportKeys } from './queryKeys';

export type VersionedReport = { report: ResultsReport; etag: string };

export function versionedReport(result: {
  data?: ResultsReport;
  error?: unknown;
  response: Response;
}): VersionedReport {
  const report = unwrap(result);
  return { report, etag: etagOf(result.response, report.version) };
}

/** One results report with its parts and its ETag (`GET /api/v1/results-reports/{id}`). */
export function useResultsReport(id: string) {
  return useQuery({
    queryKey: resultsReportKeys.report(id),
    queryFn: async ({ signal }) =>
      versionedReport(await api.GET('/api/v1/results-reports/{id}', { params: { path: { id } }, signal })),
  });
}
