import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** A forum's meetings, earliest first (`GET /api/v1/forums/{id}/meetings`). */
export function useForumMeetings(id: string) {
  return useQuery({
    queryKey: forumKeys.meetings(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/forums/{id}/meetings', { params: { path: { id } }, signal })),
  });
}
