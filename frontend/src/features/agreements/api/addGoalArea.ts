import { api, useApiMutation } from '../../../lib/api';
import type { GoalAreaInput } from '../types';
import { agreementChanged } from './invalidate';

/** Adds a goal area with its goal and ordered strategies (`POST …/goal-areas`). */
export function useAddGoalArea() {
  return useApiMutation(
    ({ agreementId, input }: { agreementId: string; input: GoalAreaInput }) =>
      api.POST('/api/v1/agreements/{agreementId}/goal-areas', {
        params: { path: { agreementId } },
        body: input,
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
