import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { MeetingInput } from '../types';
import { forumKeys, meetingKeys } from './queryKeys';

/** Replaces a meeting's time, place, link and attendees (`PUT /api/v1/meetings/{id}`, If-Match); a stale ETag is a 412. */
export function useUpdateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: MeetingInput }) =>
      unwrap(await api.PUT('/api/v1/meetings/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: async (_, { id }) => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: meetingKeys.minutes(id) });
      await queryClient.invalidateQueries({ queryKey: forumKeys.all });
    },
  });
}
