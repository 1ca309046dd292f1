import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { statusReportSaved } from './statusReportSaved';

/** Publishes the compiled report for a meeting's status-report point (`POST …/publication`, If-Match). */
export function usePublishStatusReport() {
  return useApiMutation(
    ({ id, etag, agendaItemId }: { id: string; etag: string; agendaItemId?: string }) =>
      api.POST('/api/v1/status-reports/{id}/publication', {
        params: ifMatch({ id }, etag),
        body: { agendaItemId },
      }),
    statusReportSaved,
  );
}
