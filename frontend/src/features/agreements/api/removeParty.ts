import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { agreementChanged } from './invalidate';

/** Removes a party (`DELETE …/parties/{partyId}`) with `If-Match`. */
export function useRemoveParty() {
  return useApiMutation(
    ({ agreementId, partyId, etag }: { agreementId: string; partyId: string; etag: string }) =>
      api.DELETE('/api/v1/agreements/{agreementId}/parties/{partyId}', {
        params: ifMatch({ agreementId, partyId }, etag),
      }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
