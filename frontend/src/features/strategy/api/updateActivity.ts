import { api, etagOfVersion, useApiMutation } from '../../../lib/api';
import type { PlanActivityInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Replace a planned or ongoing activity (`PUT …/action-plan/activities/{activityId}`, If-Match). */
export function useUpdateActivity(planAgreementId: string) {
  return useApiMutation(
    (input: { agreementId: string; activityId: string; version: number; body: PlanActivityInput }) =>
      api.PUT('/api/v1/agreements/{agreementId}/action-plan/activities/{activityId}', {
        params: {
          path: { agreementId: input.agreementId, activityId: input.activityId },
          header: { 'If-Match': etagOfVersion(input.version) },
        },
        body: input.body,
      }),
    { always: () => [strategyKeys.plan(planAgreementId)] },
  );
}
