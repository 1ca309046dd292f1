import { api, useApiQuery } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** An agreement's process map (`GET /api/v1/agreements/{agreementId}/process`); each phase carries its version. */
export function useProcessMap(agreementId: string) {
  return useApiQuery(strategyKeys.process(agreementId), (signal) =>
    api.GET('/api/v1/agreements/{agreementId}/process', { params: { path: { agreementId } }, signal }),
  );
}
