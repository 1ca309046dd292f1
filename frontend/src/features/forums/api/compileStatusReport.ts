import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { statusReportSaved } from './statusReportSaved';

/** Compiles the report, OPEN → COMPILED (`POST /api/v1/status-reports/{id}/compilation`, If-Match). */
export function useCompileStatusReport() {
  return useApiMutation(
    ({ id, etag, text }: { id: string; etag: string; text?: string }) =>
      api.POST('/api/v1/status-reports/{id}/compilation', { params: ifMatch({ id }, etag), body: { text } }),
    statusReportSaved,
  );
}
