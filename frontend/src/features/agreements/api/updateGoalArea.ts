import { useMutation } from '@tanstack/react-query';
import { api, etagOf, ifMatch, unwrap } from '../../../lib/api';
import type { GoalAreaInput } from '../types';
import type { VersionedGoalArea } from './getGoalArea';
import { useInvalidateAgreement } from './invalidate';

export type UpdateGoalAreaVariables = { agreementId: string; goalAreaId: string; etag: string; input: GoalAreaInput };

/** Replaces a goal area's number, title, goal, strategies and target groups (`PUT …/goal-areas/{id}`, If-Match). */
export function useUpdateGoalArea() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({
      agreementId,
      goalAreaId,
      etag,
      input,
    }: UpdateGoalAreaVariables): Promise<VersionedGoalArea> => {
      const result = await api.PUT('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}', {
        params: ifMatch({ agreementId, goalAreaId }, etag),
        body: input,
      });
      const goalArea = unwrap(result);
      return { goalArea, etag: etagOf(result.response, goalArea.version) };
    },
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
