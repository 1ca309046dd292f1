import { api, useApiQuery } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Gap findings and possible areas of action (`GET /api/v1/agreements/{agreementId}/analysis`). */
export function useAnalysis(agreementId: string) {
  return useApiQuery(strategyKeys.analysis(agreementId), (signal) =>
    api.GET('/api/v1/agreements/{agreementId}/analysis', { params: { path: { agreementId } }, signal }),
  );
}
