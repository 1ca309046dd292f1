import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateMeeting } from './invalidate';

/** Publishes the minutes; they are final then (`POST /api/v1/meetings/{id}/minutes/publication`, If-Match). */
export function usePublishMinutes() {
  const invalidate = useInvalidateMeeting();
  return useMutation({
    mutationFn: async ({ meetingId, etag }: { meetingId: string; etag: string }) =>
      unwrap(await api.POST('/api/v1/meetings/{id}/minutes/publication', { params: ifMatch({ id: meetingId }, etag) })),
    onSuccess: (_, { meetingId }) => invalidate(meetingId),
  });
}
