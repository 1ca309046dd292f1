import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { documentKeys } from './queryKeys';

/** Removes a document (`DELETE /api/v1/documents/{id}`) with `If-Match`; refused (409) once its owner is final. */
export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) => {
      unwrap(await api.DELETE('/api/v1/documents/{id}', { params: ifMatch({ id }, etag) }));
    },
    onSuccess: async (_, { id }) => {
      queryClient.removeQueries({ queryKey: documentKeys.one(id) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.lists() });
    },
  });
}
