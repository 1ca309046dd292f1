import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { DecisionInput } from '../types';
import { meetingChanged } from './invalidate';

/** Corrects a decision's text, outcome or case number, or adds effects (`PUT …/decisions/{decisionId}`, If-Match the ETag read). */
export function useUpdateDecision() {
  return useApiMutation(
    ({
      meetingId,
      itemId,
      decisionId,
      etag,
      input,
    }: {
      meetingId: string;
      itemId: string;
      decisionId: string;
      etag: string;
      input: DecisionInput;
    }) =>
      api.PUT('/api/v1/meetings/{id}/agenda-items/{itemId}/decisions/{decisionId}', {
        params: ifMatch({ id: meetingId, itemId, decisionId }, etag),
        body: input,
      }),
    { invalidate: (_, { meetingId }) => meetingChanged(meetingId) },
  );
}
