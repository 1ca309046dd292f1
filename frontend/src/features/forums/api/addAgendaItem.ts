import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { AgendaItemInput } from '../types';
import { useInvalidateMeeting } from './invalidate';

/** Adds a point to the agenda, last unless a position is given (`POST /api/v1/meetings/{id}/agenda-items`). */
export function useAddAgendaItem() {
  const invalidate = useInvalidateMeeting();
  return useMutation({
    mutationFn: async ({ meetingId, input }: { meetingId: string; input: AgendaItemInput }) =>
      unwrap(
        await api.POST('/api/v1/meetings/{id}/agenda-items', { params: { path: { id: meetingId } }, body: input }),
      ),
    onSuccess: (_, { meetingId }) => invalidate(meetingId),
  });
}
