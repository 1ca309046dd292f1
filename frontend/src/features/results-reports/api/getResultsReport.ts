import { useQuery } from '@tanstack/react-query';
import { api, type FetchResult, type Versioned, versioned } from '../../../lib/api';
import type { ResultsReport } from '../types';
import { resultsReportKeys } from './queryKeys';

export type VersionedReport = Versioned<'report', ResultsReport>;

export function versionedReport(result: FetchResult<ResultsReport>): VersionedReport {
  return versioned('report', result);
}

/** One results report with its parts and its ETag (`GET /api/v1/results-reports/{id}`). */
export function useResultsReport(id: string) {
  return useQuery({
    queryKey: resultsReportKeys.report(id),
    queryFn: async ({ signal }) =>
      versionedReport(await api.GET('/api/v1/results-reports/{id}', { params: { path: { id } }, signal })),
  });
}
