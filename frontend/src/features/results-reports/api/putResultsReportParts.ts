import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ResultsReportPartInput } from '../types';
import { resultsReportKeys } from './queryKeys';

/** Writes parts of a draft report (`PUT /api/v1/results-reports/{id}/parts`, If-Match). */
export function usePutResultsReportParts() {
  return useApiMutation(
    ({ id, etag, parts }: { id: string; etag: string; parts: ResultsReportPartInput[] }) =>
      api.PUT('/api/v1/results-reports/{id}/parts', { params: ifMatch({ id }, etag), body: { parts } }),
    {
      versioned: 'report',
      set: (updated) => resultsReportKeys.report(updated.report.id),
      invalidate: (updated) => [resultsReportKeys.history(updated.report.id)],
    },
  );
}
