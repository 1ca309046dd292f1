import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { actionItemKeys, forumKeys, meetingKeys } from './queryKeys';

/** Deletes a meeting (`DELETE /api/v1/meetings/{id}`, If-Match); not once minutes are published or items handed out. */
export function useDeleteMeeting() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.DELETE('/api/v1/meetings/{id}', { params: ifMatch({ id }, etag) }),
    { remove: ({ id }) => meetingKeys.one(id), invalidate: () => [forumKeys.all, actionItemKeys.all] },
  );
}
