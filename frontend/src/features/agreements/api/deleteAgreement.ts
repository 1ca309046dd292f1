import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/** Deletes a draft (`DELETE /api/v1/agreements/{id}`) with `If-Match`; adopted agreements are never deleted (409). */
export function useDeleteAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) => {
      unwrap(await api.DELETE('/api/v1/agreements/{id}', { params: ifMatch({ id }, etag) }));
    },
    onSuccess: async (_, { id }) => {
      queryClient.removeQueries({ queryKey: agreementKeys.one(id) });
      await queryClient.invalidateQueries({ queryKey: agreementKeys.lists() });
    },
  });
}
