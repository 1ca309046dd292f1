import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { PhaseStatus } from '../types';
import { strategyKeys } from './queryKeys';

/** Start, complete or reopen a phase (`POST …/process/phases/{phaseId}/status`, If-Match). */
export function useChangePhaseStatus(agreementId: string) {
  return useApiMutation(
    ({ phaseId, version, status }: { phaseId: string; version: number; status: PhaseStatus }) =>
      api.POST('/api/v1/agreements/{agreementId}/process/phases/{phaseId}/status', {
        params: ifMatch({ agreementId, phaseId }, etagOfVersion(version)),
        body: { status },
      }),
    { always: () => [strategyKeys.process(agreementId)] },
  );
}
