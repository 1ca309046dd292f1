import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Add a possible area of action (`POST /api/v1/agreements/{agreementId}/areas-of-action`). */
export function useAddArea(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['StrategyAreaInput']) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/areas-of-action', { params: { path: { agreementId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategyKeys.analysis(agreementId) }),
  });
}
