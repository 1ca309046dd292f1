import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Remove a phase not started yet (`DELETE …/process/phases/{phaseId}`, If-Match from the phase's version). */
export function useRemovePhase(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ phaseId, version }: { phaseId: string; version: number }) =>
      unwrap(
        await api.DELETE('/api/v1/agreements/{agreementId}/process/phases/{phaseId}', {
          params: ifMatch({ agreementId, phaseId }, etagOfVersion(version)),
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.process(agreementId) }),
  });
}
