import { api, useApiMutation } from '../../../lib/api';
import type { ForumMemberInput } from '../types';
import { forumKeys } from './queryKeys';

/** Adds a member organisation with its representatives (`POST /api/v1/forums/{id}/members`). */
export function useAddForumMember() {
  return useApiMutation(
    ({ forumId, input }: { forumId: string; input: ForumMemberInput }) =>
      api.POST('/api/v1/forums/{id}/members', { params: { path: { id: forumId } }, body: input }),
    { invalidate: () => [forumKeys.all] },
  );
}
