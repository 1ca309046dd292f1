import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { ForumMemberInput } from '../types';
import { forumKeys } from './queryKeys';

/** Adds a member organisation with its representatives (`POST /api/v1/forums/{id}/members`). */
export function useAddForumMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ forumId, input }: { forumId: string; input: ForumMemberInput }) =>
      unwrap(await api.POST('/api/v1/forums/{id}/members', { params: { path: { id: forumId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}
