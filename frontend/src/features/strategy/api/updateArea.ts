import { api, ifMatch, isStale, useApiMutation } from '../../../lib/api';
import type { AreaInput } from '../types';
import { strategyKeys } from './queryKeys';

/**
 * Replace an area of action's title, description, target group and goal area (`PUT …/areas-of-action/{areaId}`,
 * If-Match: the ETag of the area's version the form started from). A 412 leaves the pages as they are: the form's
 * conflict screen reads the latest version itself.
 */
export function useUpdateArea(agreementId: string) {
  return useApiMutation(
    ({ areaId, etag, body }: { areaId: string; etag: string; body: AreaInput }) =>
      api.PUT('/api/v1/agreements/{agreementId}/areas-of-action/{areaId}', {
        params: ifMatch({ agreementId, areaId }, etag),
        body,
      }),
    {
      invalidate: () => [strategyKeys.all],
      failed: (error, _, queryClient) =>
        isStale(error) ? undefined : queryClient.invalidateQueries({ queryKey: strategyKeys.all }),
    },
  );
}
