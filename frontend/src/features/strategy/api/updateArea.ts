import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import type { AreaInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Replace an area of action's title, description, target group and goal area (`PUT …/areas-of-action/{areaId}`, If-Match). */
export function useUpdateArea(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ areaId, version, body }: { areaId: string; version: number; body: AreaInput }) =>
      unwrap(
        await api.PUT('/api/v1/agreements/{agreementId}/areas-of-action/{areaId}', {
          params: ifMatch({ agreementId, areaId }, etagOfVersion(version)),
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.all }),
  });
}
