import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { meetingChanged } from './invalidate';

/** Publishes the minutes; they are final then (`POST /api/v1/meetings/{id}/minutes/publication`, If-Match). */
export function usePublishMinutes() {
  return useApiMutation(
    ({ meetingId, etag }: { meetingId: string; etag: string }) =>
      api.POST('/api/v1/meetings/{id}/minutes/publication', { params: ifMatch({ id: meetingId }, etag) }),
    { invalidate: (_, { meetingId }) => meetingChanged(meetingId) },
  );
}
