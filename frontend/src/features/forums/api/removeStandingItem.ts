import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** Removes a standing agenda point (`DELETE …/standing-items/{itemId}`, If-Match); meetings keep their agenda. */
export function useRemoveStandingItem() {
  return useApiMutation(
    ({ forumId, itemId, etag }: { forumId: string; itemId: string; etag: string }) =>
      api.DELETE('/api/v1/forums/{id}/standing-items/{itemId}', {
        params: ifMatch({ id: forumId, itemId }, etag),
      }),
    { invalidate: (_, { forumId }) => [forumKeys.standingItems(forumId)] },
  );
}
