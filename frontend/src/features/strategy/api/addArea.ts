import { api, useApiMutation } from '../../../lib/api';
import type { components } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Add a possible area of action (`POST /api/v1/agreements/{agreementId}/areas-of-action`). */
export function useAddArea(agreementId: string) {
  return useApiMutation(
    (body: components['schemas']['StrategyAreaInput']) =>
      api.POST('/api/v1/agreements/{agreementId}/areas-of-action', { params: { path: { agreementId } }, body }),
    { invalidate: () => [strategyKeys.analysis(agreementId)] },
  );
}
