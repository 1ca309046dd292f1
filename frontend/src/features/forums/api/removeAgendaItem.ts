import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import { meetingChanged } from './invalidate';

/** Removes a point of the agenda (`DELETE …/agenda-items/{itemId}`, If-Match its version). */
export function useRemoveAgendaItem() {
  return useApiMutation(
    ({ meetingId, itemId, version }: { meetingId: string; itemId: string; version: number }) =>
      api.DELETE('/api/v1/meetings/{id}/agenda-items/{itemId}', {
        params: ifMatch({ id: meetingId, itemId }, etagOfVersion(version)),
      }),
    { invalidate: (_, { meetingId }) => meetingChanged(meetingId) },
  );
}
