import { api, ifMatch, isStale, useApiMutation } from '../../../lib/api';
import type { PhaseInput } from '../types';
import { strategyKeys } from './queryKeys';

/**
 * Replace a phase's fields and checklist (`PUT …/process/phases/{phaseId}`, If-Match: the ETag of the phase's
 * version read). A 412 leaves the map as it is: the phase form's conflict screen reads the latest version itself,
 * and a checklist tick reads the map again where it is made.
 */
export function useUpdatePhase(agreementId: string) {
  return useApiMutation(
    ({ phaseId, etag, body }: { phaseId: string; etag: string; body: PhaseInput }) =>
      api.PUT('/api/v1/agreements/{agreementId}/process/phases/{phaseId}', {
        params: ifMatch({ agreementId, phaseId }, etag),
        body,
      }),
    {
      invalidate: () => [strategyKeys.process(agreementId)],
      failed: (error, _, queryClient) =>
        isStale(error) ? undefined : queryClient.invalidateQueries({ queryKey: strategyKeys.process(agreementId) }),
    },
  );
}
