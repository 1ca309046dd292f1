import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { ForumInput } from '../types';
import { forumKeys } from './queryKeys';

/** Replaces a forum's own fields (`PUT /api/v1/forums/{id}`, If-Match); a stale ETag is a 412. */
export function useUpdateForum() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: ForumInput }) =>
      unwrap(await api.PUT('/api/v1/forums/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}
