import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { ForumMemberInput } from '../types';
import { forumKeys } from './queryKeys';

/** Replaces a member's role, description and representatives (`PUT /api/v1/forums/{id}/members/{memberId}`, If-Match its version). */
export function useUpdateForumMember() {
  return useApiMutation(
    ({
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
      api.PUT('/api/v1/forums/{id}/members/{memberId}', {
        params: ifMatch({ id: forumId, memberId }, etagOfVersion(version)),
        body: input,
      }),
    { invalidate: () => [forumKeys.all] },
  );
}
