import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { StatusChangeInput } from '../types';
import type { VersionedAgreement } from './getAgreement';
import { useInvalidateAgreement } from './invalidate';
import { agreementKeys } from './queryKeys';

export type StatusChangeVariables = { id: string; etag: string; input: StatusChangeInput };

/**
 * Moves an agreement through its lifecycle (`POST /api/v1/agreements/{id}/status`); a step the rules forbid is a
 * 409 naming the rule (e.g. `adoption-needs-two-parties`).
 */
export function useChangeAgreementStatus() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ id, etag, input }: StatusChangeVariables): Promise<VersionedAgreement> => {
      const result = await api.POST('/api/v1/agreements/{id}/status', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: input,
      });
      const agreement = unwrap(result);
      return { agreement, etag: etagOf(result.response, agreement.version) };
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(agreementKeys.detail(updated.agreement.id), updated);
      // Adopting a revision supersedes its predecessor: that one changed too.
      await queryClient.invalidateQueries({ queryKey: agreementKeys.all, refetchType: 'none' });
      await invalidate(updated.agreement.id);
    },
  });
}
