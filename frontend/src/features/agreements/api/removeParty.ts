import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateAgreement } from './invalidate';

/** Removes a party (`DELETE …/parties/{partyId}`) with `If-Match`. */
export function useRemoveParty() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ agreementId, partyId, etag }: { agreementId: string; partyId: string; etag: string }) => {
      unwrap(
        await api.DELETE('/api/v1/agreements/{agreementId}/parties/{partyId}', {
          params: ifMatch({ agreementId, partyId }, etag),
        }),
      );
    },
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
