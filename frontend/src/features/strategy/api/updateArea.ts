import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { AreaInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Replace an area of action's title, description, target group and goal area (`PUT …/areas-of-action/{areaId}`, If-Match). */
export function useUpdateArea(agreementId: string) {
  return useApiMutation(
    ({ areaId, version, body }: { areaId: string; version: number; body: AreaInput }) =>
      api.PUT('/api/v1/agreements/{agreementId}/areas-of-action/{areaId}', {
        params: ifMatch({ agreementId, areaId }, etagOfVersion(version)),
        body,
      }),
    { always: () => [strategyKeys.all] },
  );
}
