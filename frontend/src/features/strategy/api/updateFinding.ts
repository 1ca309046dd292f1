import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import type { GapFindingInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Replace a gap finding (`PUT …/gap-findings/{findingId}`, If-Match from the finding's version). */
export function useUpdateFinding(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ findingId, version, body }: { findingId: string; version: number; body: GapFindingInput }) =>
      unwrap(
        await api.PUT('/api/v1/agreements/{agreementId}/gap-findings/{findingId}', {
          params: ifMatch({ agreementId, findingId }, etagOfVersion(version)),
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.analysis(agreementId) }),
  });
}
