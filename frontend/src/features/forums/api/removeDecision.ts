import { useMutation } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateMeeting } from './invalidate';

/** Removes a decision recorded by mistake (`DELETE …/decisions/{decisionId}`, If-Match its version). */
export function useRemoveDecision() {
  const invalidate = useInvalidateMeeting();
  return useMutation({
    mutationFn: async ({
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
      unwrap(
        await api.DELETE('/api/v1/meetings/{id}/agenda-items/{itemId}/decisions/{decisionId}', {
          params: ifMatch({ id: meetingId, itemId, decisionId }, etagOfVersion(version)),
        }),
      ),
    onSuccess: (_, { meetingId }) => invalidate(meetingId),
  });
}
