import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateAgreement } from './invalidate';

/** Removes a goal area with its responsibilities and focus (`DELETE …/goal-areas/{id}`, If-Match). */
export function useRemoveGoalArea() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({
      agreementId,
      goalAreaId,
      etag,
    }: {
      agreementId: string;
      goalAreaId: string;
      etag: string;
    }) => {
      unwrap(
        await api.DELETE('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}', {
          params: ifMatch({ agreementId, goalAreaId }, etag),
        }),
      );
    },
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
