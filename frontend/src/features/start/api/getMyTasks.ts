import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { TaskKind, TaskState } from '../types';
import { taskKeys } from './queryKeys';

export type TaskQuery = { kind?: TaskKind; state?: TaskState };

/** The caller's own tasks, open before done, each by deadline (`GET /api/v1/me/tasks`). */
export function useMyTasks(query: TaskQuery, enabled: boolean) {
  return useQuery({
    queryKey: taskKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/me/tasks', { params: { query: { kind: query.kind, state: query.state } }, signal }),
      ),
    enabled,
  });
}
