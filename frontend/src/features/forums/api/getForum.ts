import { api, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { Forum } from '../types';
import { forumKeys } from './queryKeys';

export type VersionedForum = Versioned<'forum', Forum>;

/** One forum with members, mandate, purposes, links and agreements (`GET /api/v1/forums/{id}`), and its ETag. */
export function useForum(id: string) {
  return useVersionedQuery('forum', forumKeys.detail(id), (signal) =>
    api.GET('/api/v1/forums/{id}', { params: { path: { id } }, signal }),
  );
}
