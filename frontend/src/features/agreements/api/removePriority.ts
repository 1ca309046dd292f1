import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { agreementChanged } from './invalidate';

export type RemovePriorityVariables = { agreementId: string; goalAreaId: string; year: number; etag: string };

/** Removes a goal area's focus for one year (`DELETE …/priorities/{year}`, If-Match). */
export function useRemovePriority() {
  return useApiMutation(
    ({ agreementId, goalAreaId, year, etag }: RemovePriorityVariables) =>
      api.DELETE('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/priorities/{year}', {
        params: ifMatch({ agreementId, goalAreaId, year }, etag),
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
