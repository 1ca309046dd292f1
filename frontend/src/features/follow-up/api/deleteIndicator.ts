import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/**
 * Removes an indicator with its targets and values (`DELETE /api/v1/indicators/{id}`, If-Match); refused while
 * follow-up assessments report values for it (`indicator-in-use`).
 */
export function useDeleteIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; agreementId: string; etag: string }) => {
      unwrap(await api.DELETE('/api/v1/indicators/{id}', { params: ifMatch({ id }, etag) }));
    },
    // The removed indicator is not read again (it is gone); its agreement's lists are.
    onSuccess: async (_, { id, agreementId }) => {
      queryClient.removeQueries({ queryKey: followUpKeys.indicator(id) });
      await queryClient.invalidateQueries({ queryKey: followUpKeys.agreement(agreementId) });
    },
  });
}
