import { api, useApiMutation } from '../../../lib/api';
import type { StandingItemInput } from '../types';
import { forumKeys } from './queryKeys';

/** Adds a standing agenda point that every new meeting of the forum gets (`POST …/standing-items`). */
export function useAddStandingItem() {
  return useApiMutation(
    ({ forumId, input }: { forumId: string; input: StandingItemInput }) =>
      api.POST('/api/v1/forums/{id}/standing-items', { params: { path: { id: forumId } }, body: input }),
    { invalidate: (_, { forumId }) => [forumKeys.standingItems(forumId)] },
  );
}
