import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** Every change of the forum, its members and standing items, newest first (`GET /api/v1/forums/{id}/history`); loaded only when `enabled` (the history disclosure is open). */
export function useForumHistory(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...forumKeys.one(id), 'history'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/forums/{id}/history', { params: { path: { id } }, signal })),
  });
}
