import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateAgreement } from './invalidate';

export type RemovePriorityVariables = { agreementId: string; goalAreaId: string; year: number; etag: string };

/** Removes a goal area's focus for one year (`DELETE …/priorities/{year}`, If-Match). */
export function useRemovePriority() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ agreementId, goalAreaId, year, etag }: RemovePriorityVariables) => {
      unwrap(
        await api.DELETE('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}/priorities/{year}', {
          params: ifMatch({ agreementId, goalAreaId, year }, etag),
        }),
      );
    },
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
