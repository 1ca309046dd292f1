import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Remove a possible area of action that is not chosen (`DELETE …/areas-of-action/{areaId}`, If-Match). */
export function useRemoveArea(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ areaId, version }: { areaId: string; version: number }) =>
      unwrap(
        await api.DELETE('/api/v1/agreements/{agreementId}/areas-of-action/{areaId}', {
          params: ifMatch({ agreementId, areaId }, etagOfVersion(version)),
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.all }),
  });
}
