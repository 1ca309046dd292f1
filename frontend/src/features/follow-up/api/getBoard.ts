import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** Who has handed in, against the deadline (`GET /api/v1/follow-up-rounds/{id}/board`); coordinators only. */
export function useBoard(id: string, enabled: boolean) {
  return useQuery({
    queryKey: followUpKeys.board(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/follow-up-rounds/{id}/board', { params: { path: { id } }, signal })),
    enabled,
  });
}
