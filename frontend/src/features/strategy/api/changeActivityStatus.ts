import { api, etagOfVersion, useApiMutation } from '../../../lib/api';
import type { ActivityStatus } from '../types';
import { strategyKeys } from './queryKeys';

/** Move an activity (`POST …/action-plan/activities/{activityId}/status`, If-Match): managers and its owner's members. */
export function useChangeActivityStatus(planAgreementId: string) {
  return useApiMutation(
    (input: { agreementId: string; activityId: string; version: number; status: ActivityStatus }) =>
      api.POST('/api/v1/agreements/{agreementId}/action-plan/activities/{activityId}/status', {
        params: {
          path: { agreementId: input.agreementId, activityId: input.activityId },
          header: { 'If-Match': etagOfVersion(input.version) },
        },
        body: { status: input.status },
      }),
    { always: () => [strategyKeys.plan(planAgreementId)] },
  );
}
