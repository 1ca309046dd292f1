import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { agreementChanged } from './invalidate';

/** Removes a goal area with its responsibilities and focus (`DELETE …/goal-areas/{id}`, If-Match). */
export function useRemoveGoalArea() {
  return useApiMutation(
    ({ agreementId, goalAreaId, etag }: { agreementId: string; goalAreaId: string; etag: string }) =>
      api.DELETE('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}', {
        params: ifMatch({ agreementId, goalAreaId }, etag),
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
