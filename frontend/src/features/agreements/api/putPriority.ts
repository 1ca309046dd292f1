import { api, useApiMutation } from '../../../lib/api';
import type { PriorityInput } from '../types';
import { agreementChanged } from './invalidate';

export type PutPriorityVariables = {
  agreementId: string;
  goalAreaId: string;
  year: number;
  /** The version of the year's focus that was read; none when the year has no focus yet (it is then created). */
  etag?: string;
  input: PriorityInput;
};

/** Sets a goal area's focus for one year (`PUT …/goal-areas/{id}/priorities/{year}`): 201 created, 200 replaced. */
export function usePutPriority() {
  return useApiMutation(
    ({ agreementId, goalAreaId, year, etag, input }: PutPriorityVariables) =>
      api.PUT('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/priorities/{year}', {
        params: { path: { agreementId, goalAreaId, year }, header: etag ? { 'If-Match': etag } : {} },
        body: input,
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
