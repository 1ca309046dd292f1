import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ForumInput } from '../types';
import { forumKeys } from './queryKeys';

/** Replaces a forum's own fields (`PUT /api/v1/forums/{id}`, If-Match); a stale ETag is a 412. */
export function useUpdateForum() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: ForumInput }) =>
      api.PUT('/api/v1/forums/{id}', { params: ifMatch({ id }, etag), body: input }),
    { invalidate: () => [forumKeys.all] },
  );
}
