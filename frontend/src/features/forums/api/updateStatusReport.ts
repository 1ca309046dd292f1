import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { StatusReportInput } from '../types';
import { versionedReport } from './getStatusReport';
import { useStatusReportSaved } from './statusReportSaved';

/** Replaces title, period, themes, due date and agenda point while the report is open (`PUT …/{id}`, If-Match). */
export function useUpdateStatusReport() {
  const saved = useStatusReportSaved();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: StatusReportInput }) =>
      versionedReport(await api.PUT('/api/v1/status-reports/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: saved,
  });
}
