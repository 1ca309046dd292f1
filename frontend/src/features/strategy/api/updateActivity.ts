import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, unwrap } from '../../../lib/api';
import type { PlanActivityInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Replace a planned or ongoing activity (`PUT …/action-plan/activities/{activityId}`, If-Match). */
export function useUpdateActivity(planAgreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { agreementId: string; activityId: string; version: number; body: PlanActivityInput }) =>
      unwrap(
        await api.PUT('/api/v1/agreements/{agreementId}/action-plan/activities/{activityId}', {
          params: {
            path: { agreementId: input.agreementId, activityId: input.activityId },
            header: { 'If-Match': etagOfVersion(input.version) },
          },
          body: input.body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.plan(planAgreementId) }),
  });
}
