import { api, useApiQuery } from '../../../lib/api';
import { meetingKeys } from './queryKeys';

/**
 * The minutes: attendees, minutes per point, decisions, action items (`GET /api/v1/meetings/{id}/minutes`). A 404
 * means they are not published yet (or not for this reader).
 */
export function useMinutes(id: string, enabled = true) {
  return useApiQuery(
    meetingKeys.minutes(id),
    (signal) => api.GET('/api/v1/meetings/{id}/minutes', { params: { path: { id } }, signal }),
    { enabled },
  );
}
