import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { resultsReportKeys } from './queryKeys';

/** Every change of the report, newest first (`GET /api/v1/results-reports/{id}/history`). */
export function useResultsReportHistory(id: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: resultsReportKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/results-reports/{id}/history', { params: { path: { id } }, signal })),
  });
}
