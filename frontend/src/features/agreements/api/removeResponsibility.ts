import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateAgreement } from './invalidate';

export type RemoveResponsibilityVariables = {
  agreementId: string;
  goalAreaId: string;
  responsibilityId: string;
  etag: string;
};

/** Removes a responsibility (`DELETE …/responsibilities/{id}`, If-Match). */
export function useRemoveResponsibility() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ agreementId, goalAreaId, responsibilityId, etag }: RemoveResponsibilityVariables) => {
      unwrap(
        await api.DELETE(
          '/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/responsibilities/{responsibilityId}',
          { params: ifMatch({ agreementId, goalAreaId, responsibilityId }, etag) },
        ),
      );
    },
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
