import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ForumMemberInput } from '../types';
import { forumKeys } from './queryKeys';

/**
 * Replaces a member's role, description and representatives (`PUT /api/v1/forums/{id}/members/{memberId}`, If-Match
 * the ETag of the member's version: `etagOfVersion(member.version)`).
 */
export function useUpdateForumMember() {
  return useApiMutation(
    ({
      forumId,
      memberId,
      etag,
      input,
    }: {
      forumId: string;
      memberId: string;
      etag: string;
      input: ForumMemberInput;
    }) =>
      api.PUT('/api/v1/forums/{id}/members/{memberId}', {
        params: ifMatch({ id: forumId, memberId }, etag),
        body: input,
      }),
    { invalidate: () => [forumKeys.all] },
  );
}
