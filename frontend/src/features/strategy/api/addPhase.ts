import { api, useApiMutation } from '../../../lib/api';
import type { PhaseInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Add a phase at the end of the map (`POST /api/v1/agreements/{agreementId}/process/phases`). */
export function useAddPhase(agreementId: string) {
  return useApiMutation(
    (body: PhaseInput) =>
      api.POST('/api/v1/agreements/{agreementId}/process/phases', { params: { path: { agreementId } }, body }),
    { invalidate: () => [strategyKeys.process(agreementId)] },
  );
}
