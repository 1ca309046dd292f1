import { api, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { ResultsReport } from '../types';
import { resultsReportKeys } from './queryKeys';

export type VersionedReport = Versioned<'report', ResultsReport>;

/** One results report with its parts and its ETag (`GET /api/v1/results-reports/{id}`). */
export function useResultsReport(id: string) {
  return useVersionedQuery('report', resultsReportKeys.report(id), (signal) =>
    api.GET('/api/v1/results-reports/{id}', { params: { path: { id } }, signal }),
  );
}
