import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { ResultsReportPartInput } from '../types';
import { versionedReport } from './getResultsReport';
import { resultsReportKeys } from './queryKeys';

/** Writes parts of a draft report (`PUT /api/v1/results-reports/{id}/parts`, If-Match). */
export function usePutResultsReportParts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, parts }: { id: string; etag: string; parts: ResultsReportPartInput[] }) =>
      versionedReport(
        await api.PUT('/api/v1/results-reports/{id}/parts', { params: ifMatch({ id }, etag), body: { parts } }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(resultsReportKeys.report(updated.report.id), updated);
      await queryClient.invalidateQueries({ queryKey: resultsReportKeys.history(updated.report.id) });
    },
  });
}
