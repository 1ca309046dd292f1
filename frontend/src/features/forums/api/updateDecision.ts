import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { DecisionInput } from '../types';
import { meetingChanged } from './invalidate';

/** Corrects a decision's text, outcome or case number, or adds effects (`PUT …/decisions/{decisionId}`, If-Match its version). */
export function useUpdateDecision() {
  return useApiMutation(
    ({
      meetingId,
      itemId,
      decisionId,
      version,
      input,
    }: {
      meetingId: string;
      itemId: string;
      decisionId: string;
      version: number;
      input: DecisionInput;
    }) =>
      api.PUT('/api/v1/meetings/{id}/agenda-items/{itemId}/decisions/{decisionId}', {
        params: ifMatch({ id: meetingId, itemId, decisionId }, etagOfVersion(version)),
        body: input,
      }),
    { invalidate: (_, { meetingId }) => meetingChanged(meetingId) },
  );
}
