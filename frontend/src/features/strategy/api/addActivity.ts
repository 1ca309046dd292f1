import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { PlanActivityInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Add an activity to the plan (`POST /api/v1/agreements/{agreementId}/action-plan/activities`). */
export function useAddActivity(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PlanActivityInput) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/action-plan/activities', {
          params: { path: { agreementId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategyKeys.plan(agreementId) }),
  });
}
