import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedReport } from './getStatusReport';
import { useStatusReportSaved } from './statusReportSaved';

/** Publishes the compiled report for a meeting's status-report point (`POST …/publication`, If-Match). */
export function usePublishStatusReport() {
  const saved = useStatusReportSaved();
  return useMutation({
    mutationFn: async ({ id, etag, agendaItemId }: { id: string; etag: string; agendaItemId?: string }) =>
      versionedReport(
        await api.POST('/api/v1/status-reports/{id}/publication', {
          params: ifMatch({ id }, etag),
          body: { agendaItemId },
        }),
      ),
    onSuccess: saved,
  });
}
