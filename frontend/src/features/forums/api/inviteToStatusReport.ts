import { api, useApiMutation } from '../../../lib/api';
import { statusReportSaved } from './statusReportSaved';

/** Invites organisations, members of the forum or not, to contribute (`POST /api/v1/status-reports/{id}/invitations`). */
export function useInviteToStatusReport() {
  return useApiMutation(
    ({ id, organisationIds }: { id: string; organisationIds: string[] }) =>
      api.POST('/api/v1/status-reports/{id}/invitations', {
        params: { path: { id } },
        body: { organisationIds },
      }),
    statusReportSaved,
  );
}
