import { api, useApiMutation } from '../../../lib/api';
import type { PartyInput } from '../types';
import { agreementChanged } from './invalidate';

/** Adds a party with its signatories (`POST /api/v1/agreements/{id}/parties`). */
export function useAddParty() {
  return useApiMutation(
    ({ agreementId, input }: { agreementId: string; input: PartyInput }) =>
      api.POST('/api/v1/agreements/{agreementId}/parties', { params: { path: { agreementId } }, body: input }),
    { invalidate: (_, { agreementId }) => agreementChanged(agreementId) },
  );
}
