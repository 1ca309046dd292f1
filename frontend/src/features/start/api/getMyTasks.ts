import { api, useApiQuery } from '../../../lib/api';
import type { TaskKind, TaskState } from '../types';
import { taskKeys } from './queryKeys';

export type TaskQuery = { kind?: TaskKind; state?: TaskState };

/** The caller's own tasks, open before done, each by deadline (`GET /api/v1/me/tasks`). */
export function useMyTasks(query: TaskQuery, enabled: boolean) {
  return useApiQuery(
    taskKeys.list(query),
    (signal) => api.GET('/api/v1/me/tasks', { params: { query: { kind: query.kind, state: query.state } }, signal }),
    { enabled },
  );
}
