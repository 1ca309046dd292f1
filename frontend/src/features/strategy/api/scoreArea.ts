import { api, ifMatch, isStale, useApiMutation } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/**
 * The working group's scores of a possible area of action (`PUT …/areas-of-action/{areaId}/score`, If-Match: the
 * ETag of the area's version the scores started from). A 412 leaves the page as it is: the score form's conflict
 * screen reads the latest version itself.
 */
export function useScoreArea(agreementId: string) {
  return useApiMutation(
    (input: { areaId: string; etag: string; effect: number; feasibility: number }) =>
      api.PUT('/api/v1/agreements/{agreementId}/areas-of-action/{areaId}/score', {
        params: ifMatch({ agreementId, areaId: input.areaId }, input.etag),
        body: { effect: input.effect, feasibility: input.feasibility },
      }),
    {
      invalidate: () => [strategyKeys.analysis(agreementId)],
      failed: (error, _, queryClient) =>
        isStale(error) ? undefined : queryClient.invalidateQueries({ queryKey: strategyKeys.analysis(agreementId) }),
    },
  );
}
