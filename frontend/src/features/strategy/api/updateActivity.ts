import { api, ifMatch, isStale, useApiMutation } from '../../../lib/api';
import type { PlanActivityInput } from '../types';
import { strategyKeys } from './queryKeys';

/**
 * Replace a planned or ongoing activity (`PUT …/action-plan/activities/{activityId}`, If-Match: the ETag of the
 * activity's version the form started from). A 412 leaves the plan as it is: the form's conflict screen reads the
 * latest version itself.
 */
export function useUpdateActivity(planAgreementId: string) {
  return useApiMutation(
    (input: { agreementId: string; activityId: string; etag: string; body: PlanActivityInput }) =>
      api.PUT('/api/v1/agreements/{agreementId}/action-plan/activities/{activityId}', {
        params: ifMatch({ agreementId: input.agreementId, activityId: input.activityId }, input.etag),
        body: input.body,
      }),
    {
      invalidate: () => [strategyKeys.plan(planAgreementId)],
      failed: (error, _, queryClient) =>
        isStale(error) ? undefined : queryClient.invalidateQueries({ queryKey: strategyKeys.plan(planAgreementId) }),
    },
  );
}
