import { api, useApiMutation } from '../../../lib/api';
import type { PlanActivityInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Add an activity to the plan (`POST /api/v1/agreements/{agreementId}/action-plan/activities`). */
export function useAddActivity(agreementId: string) {
  return useApiMutation(
    (body: PlanActivityInput) =>
      api.POST('/api/v1/agreements/{agreementId}/action-plan/activities', {
        params: { path: { agreementId } },
        body,
      }),
    { invalidate: () => [strategyKeys.plan(agreementId)] },
  );
}
