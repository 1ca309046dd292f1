import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { ResponsibilityInput } from '../types';
import { useInvalidateAgreement } from './invalidate';

export type AddResponsibilityVariables = { agreementId: string; goalAreaId: string; input: ResponsibilityInput };

/** Adds a responsible or other party at a level (`POST …/goal-areas/{id}/responsibilities`). */
export function useAddResponsibility() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ agreementId, goalAreaId, input }: AddResponsibilityVariables) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/responsibilities', {
          params: { path: { agreementId, goalAreaId } },
          body: input,
        }),
      ),
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
