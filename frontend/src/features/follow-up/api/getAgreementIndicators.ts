import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The agreement's indicators (`GET /api/v1/agreements/{id}/indicators`). */
export function useAgreementIndicators(agreementId: string) {
  return useQuery({
    queryKey: followUpKeys.indicators(agreementId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/agreements/{agreementId}/indicators', { params: { path: { agreementId } }, signal }),
      ),
  });
}
