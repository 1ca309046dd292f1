import { api, useApiMutation } from '../../../lib/api';
import type { PriorityInput } from '../types';
import { agreementChanged } from './invalidate';

export type PutPriorityVariables = {
  agreementId: string;
  goalAreaId: string;
  year: number;
  /**
   * The version of the year's focus that was read; none when the year had no focus (it is then created only if it is
   * still absent: `If-None-Match: *`, so that one someone else created meanwhile is a 412, not replaced).
   */
  etag?: string;
  input: PriorityInput;
};

/**
 * Sets a goal area's focus for one year (`PUT …/goal-areas/{id}/priorities/{year}`): 201 created, 200 replaced, 412
 * when it changed, was removed or was created meanwhile.
 */
export function usePutPriority() {
  return useApiMutation(
    ({ agreementId, goalAreaId, year, etag, input }: PutPriorityVariables) =>
      api.PUT('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/priorities/{year}', {
        params: {
          path: { agreementId, goalAreaId, year },
          header: etag ? { 'If-Match': etag } : { 'If-None-Match': '*' },
        },
        body: input,
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
