import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/** Every change of the agreement and its parts, newest first (`GET /api/v1/agreements/{id}/history`). */
export function useAgreementHistory(id: string) {
  return useQuery({
    queryKey: agreementKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/agreements/{id}/history', { params: { path: { id } }, signal })),
  });
}
