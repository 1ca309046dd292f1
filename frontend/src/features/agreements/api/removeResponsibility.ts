import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { agreementChanged } from './invalidate';

export type RemoveResponsibilityVariables = {
  agreementId: string;
  goalAreaId: string;
  responsibilityId: string;
  etag: string;
};

/** Removes a responsibility (`DELETE …/responsibilities/{id}`, If-Match). */
export function useRemoveResponsibility() {
  return useApiMutation(
    ({ agreementId, goalAreaId, responsibilityId, etag }: RemoveResponsibilityVariables) =>
      api.DELETE('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/responsibilities/{responsibilityId}', {
        params: ifMatch({ agreementId, goalAreaId, responsibilityId }, etag),
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
