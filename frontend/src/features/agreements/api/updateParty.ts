import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { PartyInput } from '../types';
import { agreementChanged } from './invalidate';

export type UpdatePartyVariables = { agreementId: string; partyId: string; etag: string; input: PartyInput };

/** Replaces a party (`PUT …/parties/{partyId}`) with `If-Match` set to the party's version that was read. */
export function useUpdateParty() {
  return useApiMutation(
    ({ agreementId, partyId, etag, input }: UpdatePartyVariables) =>
      api.PUT('/api/v1/agreements/{agreementId}/parties/{partyId}', {
        params: ifMatch({ agreementId, partyId }, etag),
        body: input,
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
