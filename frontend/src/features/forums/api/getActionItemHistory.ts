import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { actionItemKeys } from './queryKeys';

/** Every change of the action item, its status included, newest first (`GET /api/v1/action-items/{id}/history`); loaded only when `enabled` (the history disclosure is open). */
export function useActionItemHistory(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...actionItemKeys.detail(id), 'history'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/action-items/{id}/history', { params: { path: { id } }, signal })),
  });
}
