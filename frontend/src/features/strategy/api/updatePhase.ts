import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import type { PhaseInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Replace a phase's fields and checklist (`PUT …/process/phases/{phaseId}`, If-Match from the phase's version). */
export function useUpdatePhase(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ phaseId, version, body }: { phaseId: string; version: number; body: PhaseInput }) =>
      unwrap(
        await api.PUT('/api/v1/agreements/{agreementId}/process/phases/{phaseId}', {
          params: ifMatch({ agreementId, phaseId }, etagOfVersion(version)),
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.process(agreementId) }),
  });
}
