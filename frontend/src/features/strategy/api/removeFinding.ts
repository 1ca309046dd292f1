import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Remove a gap finding (`DELETE …/gap-findings/{findingId}`, If-Match from the finding's version). */
export function useRemoveFinding(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ findingId, version }: { findingId: string; version: number }) =>
      unwrap(
        await api.DELETE('/api/v1/agreements/{agreementId}/gap-findings/{findingId}', {
          params: ifMatch({ agreementId, findingId }, etagOfVersion(version)),
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.analysis(agreementId) }),
  });
}
