import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { versionedReport } from './getStatusReport';
import { useStatusReportSaved } from './statusReportSaved';

/** Invites organisations, members of the forum or not, to contribute (`POST /api/v1/status-reports/{id}/invitations`). */
export function useInviteToStatusReport() {
  const saved = useStatusReportSaved();
  return useMutation({
    mutationFn: async ({ id, organisationIds }: { id: string; organisationIds: string[] }) =>
      versionedReport(
        await api.POST('/api/v1/status-reports/{id}/invitations', {
          params: { path: { id } },
          body: { organisationIds },
        }),
      ),
    onSuccess: saved,
  });
}
