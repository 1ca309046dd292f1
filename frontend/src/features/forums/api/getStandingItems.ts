import { api, useApiQuery } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** A forum's standing agenda points in order, and whether the caller may change them (`GET …/standing-items`). */
export function useStandingItems(forumId: string) {
  return useApiQuery(forumKeys.standingItems(forumId), (signal) =>
    api.GET('/api/v1/forums/{id}/standing-items', { params: { path: { id: forumId } }, signal }),
  );
}
