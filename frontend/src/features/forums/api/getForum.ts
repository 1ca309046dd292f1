import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Forum } from '../types';
import { forumKeys } from './queryKeys';

export type VersionedForum = { forum: Forum; etag: string };

/** One forum with members, mandate, purposes, links and agreements (`GET /api/v1/forums/{id}`), and its ETag. */
export function useForum(id: string) {
  return useQuery({
    queryKey: forumKeys.detail(id),
    queryFn: async ({ signal }): Promise<VersionedForum> => {
      const result = await api.GET('/api/v1/forums/{id}', { params: { path: { id } }, signal });
      const forum = unwrap(result);
      return { forum, etag: etagOf(result.response, forum.version) };
    },
  });
}
