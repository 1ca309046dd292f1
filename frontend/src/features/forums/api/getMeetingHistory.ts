import { api, useApiQuery } from '../../../lib/api';
import { meetingKeys } from './queryKeys';

/** Every change of the meeting, its agenda items and decisions, newest first (`GET /api/v1/meetings/{id}/history`); loaded only when `enabled` (the history disclosure is open). */
export function useMeetingHistory(id: string, enabled = true) {
  return useApiQuery(
    [...meetingKeys.one(id), 'history'],
    (signal) => api.GET('/api/v1/meetings/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
