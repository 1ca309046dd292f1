import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { GapFindingInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Add a finding of the gap analysis for a target group (`POST /api/v1/agreements/{agreementId}/gap-findings`). */
export function useAddFinding(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: GapFindingInput) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/gap-findings', { params: { path: { agreementId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategyKeys.analysis(agreementId) }),
  });
}
