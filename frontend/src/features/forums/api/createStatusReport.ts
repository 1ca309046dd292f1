import { api, useApiMutation } from '../../../lib/api';
import type { StatusReportInput } from '../types';
import { statusReportSaved } from './statusReportSaved';

/** Opens a report for a quarter (`POST /api/v1/forums/{id}/status-reports`). */
export function useCreateStatusReport() {
  return useApiMutation(
    ({ forumId, input }: { forumId: string; input: StatusReportInput }) =>
      api.POST('/api/v1/forums/{id}/status-reports', { params: { path: { id: forumId } }, body: input }),
    statusReportSaved,
  );
}
