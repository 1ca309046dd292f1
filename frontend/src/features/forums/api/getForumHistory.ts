import { api, useApiQuery } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** Every change of the forum, its members and standing items, newest first (`GET /api/v1/forums/{id}/history`); loaded only when `enabled` (the history disclosure is open). */
export function useForumHistory(id: string, enabled = true) {
  return useApiQuery(
    [...forumKeys.one(id), 'history'],
    (signal) => api.GET('/api/v1/forums/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
