import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { ActionItemInput } from '../types';
import { useInvalidateMeeting } from './invalidate';

/** Hands out an action item at a point of the agenda (`POST …/agenda-items/{itemId}/action-items`). */
export function useCreateActionItem() {
  const invalidate = useInvalidateMeeting();
  return useMutation({
    mutationFn: async ({ meetingId, itemId, input }: { meetingId: string; itemId: string; input: ActionItemInput }) =>
      unwrap(
        await api.POST('/api/v1/meetings/{id}/agenda-items/{itemId}/action-items', {
          params: { path: { id: meetingId, itemId } },
          body: input,
        }),
      ),
    onSuccess: (_, { meetingId }) => invalidate(meetingId),
  });
}
