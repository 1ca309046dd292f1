import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import { meetingChanged } from './invalidate';

/** Removes a decision recorded by mistake (`DELETE …/decisions/{decisionId}`, If-Match its version). */
export function useRemoveDecision() {
  return useApiMutation(
    ({
      meetingId,
      itemId,
      decisionId,
      version,
    }: {
      meetingId: string;
      itemId: string;
      decisionId: string;
      version: number;
    }) =>
      api.DELETE('/api/v1/meetings/{id}/agenda-items/{itemId}/decisions/{decisionId}', {
        params: ifMatch({ id: meetingId, itemId, decisionId }, etagOfVersion(version)),
      }),
    { invalidate: (_, { meetingId }) => meetingChanged(meetingId) },
  );
}
