import { api, useApiQuery } from '../../../lib/api';
import { actionItemKeys } from './queryKeys';

/** Every change of the action item, its status included, newest first (`GET /api/v1/action-items/{id}/history`); loaded only when `enabled` (the history disclosure is open). */
export function useActionItemHistory(id: string, enabled = true) {
  return useApiQuery(
    [...actionItemKeys.detail(id), 'history'],
    (signal) => api.GET('/api/v1/action-items/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
