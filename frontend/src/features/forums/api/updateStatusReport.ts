import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { StatusReportInput } from '../types';
import { statusReportSaved } from './statusReportSaved';

/** Replaces title, period, themes, due date and agenda point while the report is open (`PUT …/{id}`, If-Match). */
export function useUpdateStatusReport() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: StatusReportInput }) =>
      api.PUT('/api/v1/status-reports/{id}', { params: ifMatch({ id }, etag), body: input }),
    statusReportSaved,
  );
}
