import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateActionItems } from './invalidate';
import { actionItemKeys } from './queryKeys';

/** Deletes an item handed out by mistake (`DELETE /api/v1/action-items/{id}`, If-Match); otherwise a 409 rule. */
export function useDeleteActionItem() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateActionItems();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) =>
      unwrap(await api.DELETE('/api/v1/action-items/{id}', { params: ifMatch({ id }, etag) })),
    onSuccess: async (_, { id }) => {
      queryClient.removeQueries({ queryKey: actionItemKeys.detail(id) });
      await invalidate();
    },
  });
}
