import { api, useApiMutation } from '../../../lib/api';
import type { AgendaItemInput } from '../types';
import { meetingChanged } from './invalidate';

/** Adds a point to the agenda, last unless a position is given (`POST /api/v1/meetings/{id}/agenda-items`). */
export function useAddAgendaItem() {
  return useApiMutation(
    ({ meetingId, input }: { meetingId: string; input: AgendaItemInput }) =>
      api.POST('/api/v1/meetings/{id}/agenda-items', { params: { path: { id: meetingId } }, body: input }),
    { invalidate: (_, { meetingId }) => meetingChanged(meetingId) },
  );
}
