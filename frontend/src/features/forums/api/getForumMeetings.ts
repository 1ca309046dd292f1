import { api, useApiQuery } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** A forum's meetings, earliest first (`GET /api/v1/forums/{id}/meetings`). */
export function useForumMeetings(id: string) {
  return useApiQuery(forumKeys.meetings(id), (signal) =>
    api.GET('/api/v1/forums/{id}/meetings', { params: { path: { id } }, signal }),
  );
}
