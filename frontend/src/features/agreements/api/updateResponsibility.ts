import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ResponsibilityInput } from '../types';
import { agreementChanged } from './invalidate';

export type UpdateResponsibilityVariables = {
  agreementId: string;
  goalAreaId: string;
  responsibilityId: string;
  etag: string;
  input: ResponsibilityInput;
};

/** Replaces a responsibility (`PUT …/responsibilities/{id}`, If-Match). */
export function useUpdateResponsibility() {
  return useApiMutation(
    ({ agreementId, goalAreaId, responsibilityId, etag, input }: UpdateResponsibilityVariables) =>
      api.PUT('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/responsibilities/{responsibilityId}', {
        params: ifMatch({ agreementId, goalAreaId, responsibilityId }, etag),
        body: input,
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
