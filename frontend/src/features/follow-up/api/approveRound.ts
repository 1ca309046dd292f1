import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedRound } from './getRound';
import { useInvalidateFollowUp } from './invalidate';

export type ApproveVariables = { id: string; etag: string; approvedBy: string; approvedOn: string };

/** Records which forum approved the compiled report and when (`POST …/approve`, If-Match); the report turns public. */
export function useApproveRound() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: async ({ id, etag, approvedBy, approvedOn }: ApproveVariables) =>
      versionedRound(
        await api.POST('/api/v1/follow-up-rounds/{id}/approve', {
          params: ifMatch({ id }, etag),
          body: { approvedBy, approvedOn },
        }),
      ),
    onSuccess: () => invalidate(),
  });
}
