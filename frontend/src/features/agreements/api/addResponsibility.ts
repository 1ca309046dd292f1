import { api, useApiMutation } from '../../../lib/api';
import type { ResponsibilityInput } from '../types';
import { agreementChanged } from './invalidate';

export type AddResponsibilityVariables = { agreementId: string; goalAreaId: string; input: ResponsibilityInput };

/** Adds a responsible or other party at a level (`POST …/goal-areas/{id}/responsibilities`). */
export function useAddResponsibility() {
  return useApiMutation(
    ({ agreementId, goalAreaId, input }: AddResponsibilityVariables) =>
      api.POST('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/responsibilities', {
        params: { path: { agreementId, goalAreaId } },
        body: input,
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
