import { api, useApiQuery } from '../../../lib/api';
import { resultsReportKeys } from './queryKeys';

/** Every change of the report, newest first (`GET /api/v1/results-reports/{id}/history`). */
export function useResultsReportHistory(id: string, enabled: boolean) {
  return useApiQuery(
    resultsReportKeys.history(id),
    (signal) => api.GET('/api/v1/results-reports/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
