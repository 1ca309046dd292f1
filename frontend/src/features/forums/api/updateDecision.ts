import { useMutation } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import type { DecisionInput } from '../types';
import { useInvalidateMeeting } from './invalidate';

/** Corrects a decision's text, outcome or case number, or adds effects (`PUT …/decisions/{decisionId}`, If-Match its version). */
export function useUpdateDecision() {
  const invalidate = useInvalidateMeeting();
  return useMutation({
    mutationFn: async ({
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
      unwrap(
        await api.PUT('/api/v1/meetings/{id}/agenda-items/{itemId}/decisions/{decisionId}', {
          params: ifMatch({ id: meetingId, itemId, decisionId }, etagOfVersion(version)),
          body: input,
        }),
      ),
    onSuccess: (_, { meetingId }) => invalidate(meetingId),
  });
}
