import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { AgendaItemInput } from '../types';
import { useInvalidateMeeting } from './invalidate';

/** Replaces a point of the agenda, e.g. to write its minutes (`PUT …/agenda-items/{itemId}`, If-Match). */
export function useUpdateAgendaItem() {
  const invalidate = useInvalidateMeeting();
  return useMutation({
    mutationFn: async ({
      meetingId,
      itemId,
      etag,
      input,
    }: {
      meetingId: string;
      itemId: string;
      etag: string;
      input: AgendaItemInput;
    }) =>
      unwrap(
        await api.PUT('/api/v1/meetings/{id}/agenda-items/{itemId}', {
          params: ifMatch({ id: meetingId, itemId }, etag),
          body: input,
        }),
      ),
    onSuccess: (_, { meetingId }) => invalidate(meetingId),
  });
}
