import { api, useApiQuery } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** The agreement's follow-up indicators an activity can point to (`GET /api/v1/agreements/{agreementId}/indicators`). */
export function useIndicators(agreementId: string) {
  return useApiQuery(strategyKeys.indicators(agreementId), (signal) =>
    api.GET('/api/v1/agreements/{agreementId}/indicators', { params: { path: { agreementId } }, signal }),
  );
}
