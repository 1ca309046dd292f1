import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { GoalAreaInput } from '../types';
import { agreementChanged } from './invalidate';

export type UpdateGoalAreaVariables = { agreementId: string; goalAreaId: string; etag: string; input: GoalAreaInput };

/** Replaces a goal area's number, title, goal, strategies and target groups (`PUT …/goal-areas/{id}`, If-Match). */
export function useUpdateGoalArea() {
  return useApiMutation(
    ({ agreementId, goalAreaId, etag, input }: UpdateGoalAreaVariables) =>
      api.PUT('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}', {
        params: ifMatch({ agreementId, goalAreaId }, etag),
        body: input,
      }),
    { versioned: 'goalArea', invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
