import { api, useApiQuery } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** The action plan with progress (`GET /api/v1/agreements/{agreementId}/action-plan`). */
export function useActionPlan(agreementId: string) {
  return useApiQuery(strategyKeys.plan(agreementId), (signal) =>
    api.GET('/api/v1/agreements/{agreementId}/action-plan', { params: { path: { agreementId } }, signal }),
  );
}
