import { api, ifMatch, isStale, useApiMutation } from '../../../lib/api';
import type { GapFindingInput } from '../types';
import { strategyKeys } from './queryKeys';

/**
 * Replace a gap finding (`PUT …/gap-findings/{findingId}`, If-Match: the ETag of the finding's version the form
 * started from). A 412 leaves the page as it is: the form's conflict screen reads the latest version itself.
 */
export function useUpdateFinding(agreementId: string) {
  return useApiMutation(
    ({ findingId, etag, body }: { findingId: string; etag: string; body: GapFindingInput }) =>
      api.PUT('/api/v1/agreements/{agreementId}/gap-findings/{findingId}', {
        params: ifMatch({ agreementId, findingId }, etag),
        body,
      }),
    {
      invalidate: () => [strategyKeys.analysis(agreementId)],
      failed: (error, _, queryClient) =>
        isStale(error) ? undefined : queryClient.invalidateQueries({ queryKey: strategyKeys.analysis(agreementId) }),
    },
  );
}
