import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { meetingKeys } from './queryKeys';

/**
 * The minutes: attendees, minutes per point, decisions, action items (`GET /api/v1/meetings/{id}/minutes`). A 404
 * means they are not published yet (or not for this reader).
 */
export function useMinutes(id: string, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.minutes(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/meetings/{id}/minutes', { params: { path: { id } }, signal })),
    enabled,
  });
}
