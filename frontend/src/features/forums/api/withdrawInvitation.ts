import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';

/**
 * Withdraws an invitation not yet answered (`DELETE /api/v1/status-reports/{id}/invitations/{organisationId}`,
 * If-Match the invitation's version). Several are withdrawn one after the other; the caller refreshes the report.
 */
export function useWithdrawInvitation() {
  return useApiMutation(({ id, organisationId, version }: { id: string; organisationId: string; version: number }) =>
    api.DELETE('/api/v1/status-reports/{id}/invitations/{organisationId}', {
      params: ifMatch({ id, organisationId }, etagOfVersion(version)),
    }),
  );
}
