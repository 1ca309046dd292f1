import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** Who granted and revoked one grant, and when (`GET /api/v1/grants/{id}/history`), newest first. */
export function useGrantHistory(id: string) {
  return useQuery({
    queryKey: grantKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/grants/{id}/history', { params: { path: { id } }, signal })),
  });
}
