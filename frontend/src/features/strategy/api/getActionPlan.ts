import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap, useApiQuery } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

function readActionPlan(agreementId: string, signal?: AbortSignal) {
  return api.GET('/api/v1/agreements/{agreementId}/action-plan', { params: { path: { agreementId } }, signal });
}

/** The action plan with progress (`GET /api/v1/agreements/{agreementId}/action-plan`). */
export function useActionPlan(agreementId: string) {
  return useApiQuery(strategyKeys.plan(agreementId), (signal) => readActionPlan(agreementId, signal));
}

/**
 * The action plan as stored now, read past the page's cache (`read`): an edit form's latest version after a 412, while the
 * page keeps what it showed (a part that moved on the page would lose its form); `refresh` reads the page's copy again.
 */
export function useLatestActionPlan(agreementId: string) {
  const queryClient = useQueryClient();
  return {
    read: async () => unwrap(await readActionPlan(agreementId)),
    refresh: () => void queryClient.invalidateQueries({ queryKey: strategyKeys.plan(agreementId) }),
  };
}
