import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Gap findings and possible areas of action (`GET /api/v1/agreements/{agreementId}/analysis`). */
export function useAnalysis(agreementId: string) {
  return useQuery({
    queryKey: strategyKeys.analysis(agreementId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/agreements/{agreementId}/analysis', { params: { path: { agreementId } }, signal })),
  });
}
