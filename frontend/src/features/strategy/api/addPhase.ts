import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { PhaseInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Add a phase at the end of the map (`POST /api/v1/agreements/{agreementId}/process/phases`). */
export function useAddPhase(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PhaseInput) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/process/phases', { params: { path: { agreementId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategyKeys.process(agreementId) }),
  });
}
