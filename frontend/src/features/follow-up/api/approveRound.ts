import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { followUpChanged } from './invalidate';

export type ApproveVariables = { id: string; etag: string; approvedBy: string; approvedOn: string };

/** Records which forum approved the compiled report and when (`POST …/approve`, If-Match); the report turns public. */
export function useApproveRound() {
  return useApiMutation(
    ({ id, etag, approvedBy, approvedOn }: ApproveVariables) =>
      api.POST('/api/v1/follow-up-rounds/{id}/approve', {
        params: ifMatch({ id }, etag),
        body: { approvedBy, approvedOn },
      }),
    { versioned: 'round', invalidate: followUpChanged },
  );
}
