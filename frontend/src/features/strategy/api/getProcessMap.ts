import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** An agreement's process map (`GET /api/v1/agreements/{agreementId}/process`); each phase carries its version. */
export function useProcessMap(agreementId: string) {
  return useQuery({
    queryKey: strategyKeys.process(agreementId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/agreements/{agreementId}/process', { params: { path: { agreementId } }, signal })),
  });
}
