import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { GoalAreaInput } from '../types';
import { useInvalidateAgreement } from './invalidate';

/** Adds a goal area with its goal and ordered strategies (`POST …/goal-areas`). */
export function useAddGoalArea() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ agreementId, input }: { agreementId: string; input: GoalAreaInput }) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/goal-areas', {
          params: { path: { agreementId } },
          body: input,
        }),
      ),
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
