import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { StatusReportInput } from '../types';
import { versionedReport } from './getStatusReport';
import { useStatusReportSaved } from './statusReportSaved';

/** Opens a report for a quarter (`POST /api/v1/forums/{id}/status-reports`). */
export function useCreateStatusReport() {
  const saved = useStatusReportSaved();
  return useMutation({
    mutationFn: async ({ forumId, input }: { forumId: string; input: StatusReportInput }) =>
      versionedReport(
        await api.POST('/api/v1/forums/{id}/status-reports', { params: { path: { id: forumId } }, body: input }),
      ),
    onSuccess: saved,
  });
}
