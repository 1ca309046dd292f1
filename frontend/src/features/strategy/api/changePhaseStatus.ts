import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import type { PhaseStatus } from '../types';
import { strategyKeys } from './queryKeys';

/** Start, complete or reopen a phase (`POST …/process/phases/{phaseId}/status`, If-Match). */
export function useChangePhaseStatus(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ phaseId, version, status }: { phaseId: string; version: number; status: PhaseStatus }) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/process/phases/{phaseId}/status', {
          params: ifMatch({ agreementId, phaseId }, etagOfVersion(version)),
          body: { status },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.process(agreementId) }),
  });
}
