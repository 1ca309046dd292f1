import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { GapFindingInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Replace a gap finding (`PUT …/gap-findings/{findingId}`, If-Match from the finding's version). */
export function useUpdateFinding(agreementId: string) {
  return useApiMutation(
    ({ findingId, version, body }: { findingId: string; version: number; body: GapFindingInput }) =>
      api.PUT('/api/v1/agreements/{agreementId}/gap-findings/{findingId}', {
        params: ifMatch({ agreementId, findingId }, etagOfVersion(version)),
        body,
      }),
    { always: () => [strategyKeys.analysis(agreementId)] },
  );
}
