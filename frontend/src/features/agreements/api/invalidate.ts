import { useQueryClient } from '@tanstack/react-query';
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
