import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { resultsReportKeys } from './queryKeys';

/** Drafts the county's results report of a year (`POST /api/v1/results-reports`). */
export function useCreateResultsReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { countyCode: string; year: number }) =>
      unwrap(await api.POST('/api/v1/results-reports', { body: input })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: resultsReportKeys.all });
    },
  });
}
