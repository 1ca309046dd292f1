import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { ResponsibilityInput } from '../types';
import { useInvalidateAgreement } from './invalidate';

export type UpdateResponsibilityVariables = {
  agreementId: string;
  goalAreaId: string;
  responsibilityId: string;
  etag: string;
  input: ResponsibilityInput;
};

/** Replaces a responsibility (`PUT …/responsibilities/{id}`, If-Match). */
export function useUpdateResponsibility() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ agreementId, goalAreaId, responsibilityId, etag, input }: UpdateResponsibilityVariables) =>
      unwrap(
        await api.PUT('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/responsibilities/{responsibilityId}', {
          params: ifMatch({ agreementId, goalAreaId, responsibilityId }, etag),
          body: input,
        }),
      ),
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
