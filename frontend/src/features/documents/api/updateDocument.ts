import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { DocumentUpdate } from '../types';
import { documentKeys } from './queryKeys';

/** Changes a document's description (`PUT /api/v1/documents/{id}`) with `If-Match`. */
export function useUpdateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: DocumentUpdate }) =>
      unwrap(await api.PUT('/api/v1/documents/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: async (_, { id }) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.one(id) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.lists() });
    },
  });
}
