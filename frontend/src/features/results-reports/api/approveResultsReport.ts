import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedReport } from './getResultsReport';
import { resultsReportKeys } from './queryKeys';

/** Approves the report: the county submits it (`POST /api/v1/results-reports/{id}/approval`, If-Match). */
export function useApproveResultsReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) =>
      versionedReport(await api.POST('/api/v1/results-reports/{id}/approval', { params: ifMatch({ id }, etag) })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(resultsReportKeys.report(updated.report.id), updated);
      await queryClient.invalidateQueries({ queryKey: resultsReportKeys.all, refetchType: 'none' });
    },
  });
}
