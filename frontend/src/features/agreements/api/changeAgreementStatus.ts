import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { StatusChangeInput } from '../types';
import { versionedAgreement, type VersionedAgreement } from './getAgreement';
import { useAgreementSaved } from './invalidate';
import { agreementKeys } from './queryKeys';

export type StatusChangeVariables = { id: string; etag: string; input: StatusChangeInput };

/**
 * Moves an agreement through its lifecycle (`POST /api/v1/agreements/{id}/status`); a step the rules forbid is a
 * 409 naming the rule (e.g. `adoption-needs-two-parties`).
 */
export function useChangeAgreementStatus() {
  const queryClient = useQueryClient();
  const saved = useAgreementSaved();
  return useMutation({
    mutationFn: async ({ id, etag, input }: StatusChangeVariables) =>
      versionedAgreement(
        await api.POST('/api/v1/agreements/{id}/status', { params: ifMatch({ id }, etag), body: input }),
      ),
    onSuccess: async (updated: VersionedAgreement) => {
      // Adopting a revision supersedes its predecessor: that one changed too.
      await queryClient.invalidateQueries({ queryKey: agreementKeys.all, refetchType: 'none' });
      await saved(updated);
    },
  });
}
