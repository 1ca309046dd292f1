import { api, useApiMutation } from '../../../lib/api';
import type { DecisionInput } from '../types';
import { meetingChanged } from './invalidate';

/** Records a decision at a point of the agenda (`POST …/agenda-items/{itemId}/decisions`). */
export function useAddDecision() {
  return useApiMutation(
    ({ meetingId, itemId, input }: { meetingId: string; itemId: string; input: DecisionInput }) =>
      api.POST('/api/v1/meetings/{id}/agenda-items/{itemId}/decisions', {
        params: { path: { id: meetingId, itemId } },
        body: input,
      }),
    {
      invalidate: (_, { meetingId }) => meetingChanged(meetingId),
      // A decision that took effect changed another feature's records (a priority, an agreement, a follow-up):
      // everything read before is stale, and what is on screen is read again.
      then: (decision, _, queryClient) => decision.effects.length > 0 && queryClient.invalidateQueries(),
    },
  );
}
