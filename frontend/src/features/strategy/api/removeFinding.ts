import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Remove a gap finding (`DELETE …/gap-findings/{findingId}`, If-Match from the finding's version). */
export function useRemoveFinding(agreementId: string) {
  return useApiMutation(
    ({ findingId, version }: { findingId: string; version: number }) =>
      api.DELETE('/api/v1/agreements/{agreementId}/gap-findings/{findingId}', {
        params: ifMatch({ agreementId, findingId }, etagOfVersion(version)),
      }),
    { always: () => [strategyKeys.analysis(agreementId)] },
  );
}
