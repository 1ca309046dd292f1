import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import type { ForumMemberInput } from '../types';
import { forumKeys } from './queryKeys';

/** Replaces a member's role, description and representatives (`PUT /api/v1/forums/{id}/members/{memberId}`, If-Match its version). */
export function useUpdateForumMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      forumId,
      memberId,
      version,
      input,
    }: {
      forumId: string;
      memberId: string;
      version: number;
      input: ForumMemberInput;
    }) =>
      unwrap(
        await api.PUT('/api/v1/forums/{id}/members/{memberId}', {
          params: ifMatch({ id: forumId, memberId }, etagOfVersion(version)),
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}
