import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { resultsReportKeys } from './queryKeys';

/** Results reports by county and year, newest first (`GET /api/v1/results-reports`): approved ones, and drafts the caller writes or reads. */
export function useResultsReports(query: { county?: string; year?: number }) {
  return useQuery({
    queryKey: resultsReportKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/results-reports', { params: { query }, signal })),
  });
}
