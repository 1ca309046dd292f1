import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** Removes a member organisation (`DELETE /api/v1/forums/{id}/members/{memberId}`, If-Match its version). */
export function useRemoveForumMember() {
  return useApiMutation(
    ({ forumId, memberId, version }: { forumId: string; memberId: string; version: number }) =>
      api.DELETE('/api/v1/forums/{id}/members/{memberId}', {
        params: ifMatch({ id: forumId, memberId }, etagOfVersion(version)),
      }),
    { invalidate: () => [forumKeys.all] },
  );
}
