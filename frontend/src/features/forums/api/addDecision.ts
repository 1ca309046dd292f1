import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { DecisionInput } from '../types';
import { useInvalidateMeeting } from './invalidate';

/** Records a decision at a point of the agenda (`POST …/agenda-items/{itemId}/decisions`). */
export function useAddDecision() {
  const invalidate = useInvalidateMeeting();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ meetingId, itemId, input }: { meetingId: string; itemId: string; input: DecisionInput }) =>
      unwrap(
        await api.POST('/api/v1/meetings/{id}/agenda-items/{itemId}/decisions', {
          params: { path: { id: meetingId, itemId } },
          body: input,
        }),
      ),
    onSuccess: async (decision, { meetingId }) => {
      await invalidate(meetingId);
      // A decision that took effect changed another feature's records (a priority, an agreement, a follow-up):
      // everything read before is stale, and what is on screen is read again.
      if (decision.effects.length > 0) await queryClient.invalidateQueries();
    },
  });
}
