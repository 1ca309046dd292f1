import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { resultsReportKeys } from './queryKeys';

/** Approves the report: the county submits it (`POST /api/v1/results-reports/{id}/approval`, If-Match). */
export function useApproveResultsReport() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.POST('/api/v1/results-reports/{id}/approval', { params: ifMatch({ id }, etag) }),
    {
      versioned: 'report',
      set: (updated) => resultsReportKeys.report(updated.report.id),
      stale: () => [resultsReportKeys.all],
    },
  );
}
