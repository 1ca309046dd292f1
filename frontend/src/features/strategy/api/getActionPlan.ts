import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** The action plan with progress (`GET /api/v1/agreements/{agreementId}/action-plan`). */
export function useActionPlan(agreementId: string) {
  return useQuery({
    queryKey: strategyKeys.plan(agreementId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/agreements/{agreementId}/action-plan', { params: { path: { agreementId } }, signal }),
      ),
  });
}
