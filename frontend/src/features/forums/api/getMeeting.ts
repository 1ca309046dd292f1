import { api, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { Meeting } from '../types';
import { meetingKeys } from './queryKeys';

export type VersionedMeeting = Versioned<'meeting', Meeting>;

/** A meeting with its agenda and computed follow-up (`GET /api/v1/meetings/{id}`), and its ETag. */
export function useMeeting(id: string, enabled = true) {
  return useVersionedQuery(
    'meeting',
    meetingKeys.detail(id),
    (signal) => api.GET('/api/v1/meetings/{id}', { params: { path: { id } }, signal }),
    { enabled: enabled && id !== '' },
  );
}
