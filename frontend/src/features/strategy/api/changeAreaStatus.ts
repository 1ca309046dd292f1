import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import type { AreaStatus } from '../types';
import { strategyKeys } from './queryKeys';

/** Choose a scored area as an area of action, or undo it (`POST …/areas-of-action/{areaId}/status`, If-Match). */
export function useChangeAreaStatus(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ areaId, version, status }: { areaId: string; version: number; status: AreaStatus }) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/areas-of-action/{areaId}/status', {
          params: ifMatch({ agreementId, areaId }, etagOfVersion(version)),
          body: { status },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.all }),
  });
}
