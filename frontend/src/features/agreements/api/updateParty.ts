import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { PartyInput } from '../types';
import { useInvalidateAgreement } from './invalidate';

export type UpdatePartyVariables = { agreementId: string; partyId: string; etag: string; input: PartyInput };

/** Replaces a party (`PUT …/parties/{partyId}`) with `If-Match` set to the party's version that was read. */
export function useUpdateParty() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ agreementId, partyId, etag, input }: UpdatePartyVariables) =>
      unwrap(
        await api.PUT('/api/v1/agreements/{agreementId}/parties/{partyId}', {
          params: ifMatch({ agreementId, partyId }, etag),
          body: input,
        }),
      ),
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
