import { api, useApiMutation } from '../../../lib/api';
import type { GapFindingInput } from '../types';
import { strategyKeys } from './queryKeys';

/** Add a finding of the gap analysis for a target group (`POST /api/v1/agreements/{agreementId}/gap-findings`). */
export function useAddFinding(agreementId: string) {
  return useApiMutation(
    (body: GapFindingInput) =>
      api.POST('/api/v1/agreements/{agreementId}/gap-findings', { params: { path: { agreementId } }, body }),
    { invalidate: () => [strategyKeys.analysis(agreementId)] },
  );
}
