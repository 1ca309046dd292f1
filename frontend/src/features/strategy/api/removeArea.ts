import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Remove a possible area of action that is not chosen (`DELETE …/areas-of-action/{areaId}`, If-Match). */
export function useRemoveArea(agreementId: string) {
  return useApiMutation(
    ({ areaId, version }: { areaId: string; version: number }) =>
      api.DELETE('/api/v1/agreements/{agreementId}/areas-of-action/{areaId}', {
        params: ifMatch({ agreementId, areaId }, etagOfVersion(version)),
      }),
    { always: () => [strategyKeys.all] },
  );
}
