import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { StandingItemInput } from '../types';
import { forumKeys } from './queryKeys';

/** Replaces a standing agenda point, its place among the others too (`PUT …/standing-items/{itemId}`, If-Match). */
export function useUpdateStandingItem() {
  return useApiMutation(
    ({ forumId, itemId, etag, input }: { forumId: string; itemId: string; etag: string; input: StandingItemInput }) =>
      api.PUT('/api/v1/forums/{id}/standing-items/{itemId}', {
        params: ifMatch({ id: forumId, itemId }, etag),
        body: input,
      }),
    { always: ({ forumId }) => [forumKeys.standingItems(forumId)] },
  );
}
