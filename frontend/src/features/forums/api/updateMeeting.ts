import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { MeetingInput } from '../types';
import { forumKeys, meetingKeys } from './queryKeys';

/** Replaces a meeting's time, place, link and attendees (`PUT /api/v1/meetings/{id}`, If-Match); a stale ETag is a 412. */
export function useUpdateMeeting() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: MeetingInput }) =>
      api.PUT('/api/v1/meetings/{id}', { params: ifMatch({ id }, etag), body: input }),
    { invalidate: (_, { id }) => [meetingKeys.detail(id), meetingKeys.minutes(id), forumKeys.all] },
  );
}
