import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, unwrap } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Remove an activity that has not started or was cancelled (`DELETE …/action-plan/activities/{activityId}`, If-Match). */
export function useRemoveActivity(planAgreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { agreementId: string; activityId: string; version: number }) =>
      unwrap(
        await api.DELETE('/api/v1/agreements/{agreementId}/action-plan/activities/{activityId}', {
          params: {
            path: { agreementId: input.agreementId, activityId: input.activityId },
            header: { 'If-Match': etagOfVersion(input.version) },
          },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.plan(planAgreementId) }),
  });
}
