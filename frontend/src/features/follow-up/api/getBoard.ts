import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** Who has handed in, against the deadline (`GET /api/v1/follow-up-rounds/{id}/board`); coordinators only. */
export function useBoard(id: string, enabled: boolean) {
  return useApiQuery(
    followUpKeys.board(id),
    (signal) => api.GET('/api/v1/follow-up-rounds/{id}/board', { params: { path: { id } }, signal }),
    { enabled },
  );
}
