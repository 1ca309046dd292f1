import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { AgendaItemInput } from '../types';
import { meetingChanged } from './invalidate';

/** Replaces a point of the agenda, e.g. to write its minutes (`PUT …/agenda-items/{itemId}`, If-Match). */
export function useUpdateAgendaItem() {
  return useApiMutation(
    ({ meetingId, itemId, etag, input }: { meetingId: string; itemId: string; etag: string; input: AgendaItemInput }) =>
      api.PUT('/api/v1/meetings/{id}/agenda-items/{itemId}', {
        params: ifMatch({ id: meetingId, itemId }, etag),
        body: input,
      }),
    { invalidate: (_, { meetingId }) => meetingChanged(meetingId) },
  );
}
