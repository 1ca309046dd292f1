import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Remove a phase not started yet (`DELETE …/process/phases/{phaseId}`, If-Match from the phase's version). */
export function useRemovePhase(agreementId: string) {
  return useApiMutation(
    ({ phaseId, version }: { phaseId: string; version: number }) =>
      api.DELETE('/api/v1/agreements/{agreementId}/process/phases/{phaseId}', {
        params: ifMatch({ agreementId, phaseId }, etagOfVersion(version)),
      }),
    { always: () => [strategyKeys.process(agreementId)] },
  );
}
