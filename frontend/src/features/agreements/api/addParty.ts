import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { PartyInput } from '../types';
import { useInvalidateAgreement } from './invalidate';

/** Adds a party with its signatories (`POST /api/v1/agreements/{id}/parties`). */
export function useAddParty() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ agreementId, input }: { agreementId: string; input: PartyInput }) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/parties', { params: { path: { agreementId } }, body: input }),
      ),
    onSuccess: (_, { agreementId }) => invalidate(agreementId),
  });
}
