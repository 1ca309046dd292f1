import { api, useApiMutation } from '../../../lib/api';
import type { MeetingInput } from '../types';
import { forumKeys } from './queryKeys';

/** Plans a meeting of a forum (`POST /api/v1/forums/{id}/meetings`). */
export function useCreateMeeting() {
  return useApiMutation(
    ({ forumId, input }: { forumId: string; input: MeetingInput }) =>
      api.POST('/api/v1/forums/{id}/meetings', { params: { path: { id: forumId } }, body: input }),
    { invalidate: (_, { forumId }) => [forumKeys.one(forumId)] },
  );
}
