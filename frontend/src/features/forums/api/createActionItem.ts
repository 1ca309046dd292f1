import { api, useApiMutation } from '../../../lib/api';
import type { ActionItemInput } from '../types';
import { meetingChanged } from './invalidate';

/** Hands out an action item at a point of the agenda (`POST …/agenda-items/{itemId}/action-items`). */
export function useCreateActionItem() {
  return useApiMutation(
    ({ meetingId, itemId, input }: { meetingId: string; itemId: string; input: ActionItemInput }) =>
      api.POST('/api/v1/meetings/{id}/agenda-items/{itemId}/action-items', {
        params: { path: { id: meetingId, itemId } },
        body: input,
      }),
    { invalidate: (_, { meetingId }) => meetingChanged(meetingId) },
  );
}
