import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { AreaStatus } from '../types';
import { strategyKeys } from './queryKeys';

/** Choose a scored area as an area of action, or undo it (`POST …/areas-of-action/{areaId}/status`, If-Match). */
export function useChangeAreaStatus(agreementId: string) {
  return useApiMutation(
    ({ areaId, version, status }: { areaId: string; version: number; status: AreaStatus }) =>
      api.POST('/api/v1/agreements/{agreementId}/areas-of-action/{areaId}/status', {
        params: ifMatch({ agreementId, areaId }, etagOfVersion(version)),
        body: { status },
      }),
    { always: () => [strategyKeys.all] },
  );
}
