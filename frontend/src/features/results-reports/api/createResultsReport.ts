import { api, useApiMutation } from '../../../lib/api';
import { resultsReportKeys } from './queryKeys';

/** Drafts the county's results report of a year (`POST /api/v1/results-reports`). */
export function useCreateResultsReport() {
  return useApiMutation(
    (input: { countyCode: string; year: number }) => api.POST('/api/v1/results-reports', { body: input }),
    { invalidate: () => [resultsReportKeys.all] },
  );
}
