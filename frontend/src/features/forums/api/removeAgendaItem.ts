import { useMutation } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateMeeting } from './invalidate';

/** Removes a point of the agenda (`DELETE …/agenda-items/{itemId}`, If-Match its version). */
export function useRemoveAgendaItem() {
  const invalidate = useInvalidateMeeting();
  return useMutation({
    mutationFn: async ({ meetingId, itemId, version }: { meetingId: string; itemId: string; version: number }) =>
      unwrap(
        await api.DELETE('/api/v1/meetings/{id}/agenda-items/{itemId}', {
          params: ifMatch({ id: meetingId, itemId }, etagOfVersion(version)),
        }),
      ),
    onSuccess: (_, { meetingId }) => invalidate(meetingId),
  });
}
