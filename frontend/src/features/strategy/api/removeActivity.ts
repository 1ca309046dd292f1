import { api, etagOfVersion, useApiMutation } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Remove an activity that has not started or was cancelled (`DELETE …/action-plan/activities/{activityId}`, If-Match). */
export function useRemoveActivity(planAgreementId: string) {
  return useApiMutation(
    (input: { agreementId: string; activityId: string; version: number }) =>
      api.DELETE('/api/v1/agreements/{agreementId}/action-plan/activities/{activityId}', {
        params: {
          path: { agreementId: input.agreementId, activityId: input.activityId },
          header: { 'If-Match': etagOfVersion(input.version) },
        },
      }),
    { always: () => [strategyKeys.plan(planAgreementId)] },
  );
}
