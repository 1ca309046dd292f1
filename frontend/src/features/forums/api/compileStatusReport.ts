import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedReport } from './getStatusReport';
import { useStatusReportSaved } from './statusReportSaved';

/** Compiles the report, OPEN → COMPILED (`POST /api/v1/status-reports/{id}/compilation`, If-Match). */
export function useCompileStatusReport() {
  const saved = useStatusReportSaved();
  return useMutation({
    mutationFn: async ({ id, etag, text }: { id: string; etag: string; text?: string }) =>
      versionedReport(
        await api.POST('/api/v1/status-reports/{id}/compilation', { params: ifMatch({ id }, etag), body: { text } }),
      ),
    onSuccess: saved,
  });
}
