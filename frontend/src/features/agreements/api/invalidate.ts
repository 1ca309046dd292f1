import { useQueryClient } from '@tanstack/react-query';
import type { VersionedAgreement } from './getAgreement';
import { agreementKeys } from './queryKeys';

/**
 * After a change to an agreement or one of its parts: everything read about it (document, goal areas, history,
 * comparisons) and every list is stale.
 */
export function useInvalidateAgreement() {
  const queryClient = useQueryClient();
  return async (agreementId: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: agreementKeys.one(agreementId) }),
      queryClient.invalidateQueries({ queryKey: agreementKeys.lists() }),
    ]);
  };
}

/** After the server answered a change with the whole agreement: that is its document now; the rest is stale. */
export function useAgreementSaved() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAgreement();
  return async (saved: VersionedAgreement) => {
    queryClient.setQueryData(agreementKeys.detail(saved.agreement.id), saved);
    await invalidate(saved.agreement.id);
  };
}
