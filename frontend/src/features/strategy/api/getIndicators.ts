import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** The agreement's follow-up indicators an activity can point to (`GET /api/v1/agreements/{agreementId}/indicators`). */
export function useIndicators(agreementId: string) {
  return useQuery({
    queryKey: strategyKeys.indicators(agreementId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/agreements/{agreementId}/indicators', { params: { path: { agreementId } }, signal }),
      ),
  });
}
