import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** A forum's standing agenda points in order, and whether the caller may change them (`GET …/standing-items`). */
export function useStandingItems(forumId: string) {
  return useQuery({
    queryKey: forumKeys.standingItems(forumId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/forums/{id}/standing-items', { params: { path: { id: forumId } }, signal })),
  });
}
