import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Meeting } from '../types';
import { meetingKeys } from './queryKeys';

export type VersionedMeeting = { meeting: Meeting; etag: string };

/** A meeting with its agenda and computed follow-up (`GET /api/v1/meetings/{id}`), and its ETag. */
export function useMeeting(id: string, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: async ({ signal }): Promise<VersionedMeeting> => {
      const result = await api.GET('/api/v1/meetings/{id}', { params: { path: { id } }, signal });
      const meeting = unwrap(result);
      return { meeting, etag: etagOf(result.response, meeting.version) };
    },
    enabled: enabled && id !== '',
  });
}
