import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { DecisionInput } from '../types';
import { useInvalidateMeeting } from './invalidate';

/** Records a decision at a point of the agenda (`POST …/agenda-items/{itemId}/decisions`). */
export function useAddDecision() {
  const invalidate = useInvalidateMeeting();
  return useMutation({
    mutationFn: async ({ meetingId, itemId, input }: { meetingId: string; itemId: string; input: DecisionInput }) =>
      unwrap(
        await api.POST('/api/v1/meetings/{id}/agenda-items/{itemId}/decisions', {
          params: { path: { id: meetingId, itemId } },
          body: input,
        }),
      ),
    onSuccess: (_, { meetingId }) => invalidate(meetingId),
  });
}
