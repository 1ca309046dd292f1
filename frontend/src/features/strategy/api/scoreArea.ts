import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** The working group's scores of a possible area of action (`PUT …/areas-of-action/{areaId}/score`, If-Match). */
export function useScoreArea(agreementId: string) {
  return useApiMutation(
    (input: { areaId: string; version: number; effect: number; feasibility: number }) =>
      api.PUT('/api/v1/agreements/{agreementId}/areas-of-action/{areaId}/score', {
        params: ifMatch({ agreementId, areaId: input.areaId }, etagOfVersion(input.version)),
        body: { effect: input.effect, feasibility: input.feasibility },
      }),
    { always: () => [strategyKeys.analysis(agreementId)] },
  );
}
