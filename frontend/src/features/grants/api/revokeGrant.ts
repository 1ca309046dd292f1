import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { Grant } from '../types';
import { grantKeys } from './queryKeys';

/**
 * Revokes a grant (`POST /api/v1/grants/{id}/revocation`) with `If-Match` set to the version that was listed, so a
 * grant changed meanwhile is refused (412) rather than revoked unseen.
 */
export function useRevokeGrant() {
  return useApiMutation(
    (grant: Pick<Grant, 'id' | 'version'>) =>
      api.POST('/api/v1/grants/{id}/revocation', {
        params: ifMatch({ id: grant.id }, etagOfVersion(grant.version)),
      }),
    { always: () => [grantKeys.all] },
  );
}
