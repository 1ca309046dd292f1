import { api, useApiQuery } from '../../../lib/api';
import { resultsReportKeys } from './queryKeys';

/** Results reports by county and year, newest first (`GET /api/v1/results-reports`): approved ones, and drafts the caller writes or reads. */
export function useResultsReports(query: { county?: string; year?: number }) {
  return useApiQuery(resultsReportKeys.list(query), (signal) =>
    api.GET('/api/v1/results-reports', { params: { query }, signal }),
  );
}
