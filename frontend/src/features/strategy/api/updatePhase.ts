import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { PhaseInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Replace a phase's fields and checklist (`PUT …/process/phases/{phaseId}`, If-Match from the phase's version). */
export function useUpdatePhase(agreementId: string) {
  return useApiMutation(
    ({ phaseId, version, body }: { phaseId: string; version: number; body: PhaseInput }) =>
      api.PUT('/api/v1/agreements/{agreementId}/process/phases/{phaseId}', {
        params: ifMatch({ agreementId, phaseId }, etagOfVersion(version)),
        body,
      }),
    { always: () => [strategyKeys.process(agreementId)] },
  );
}
