import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/**
 * A regional agreement's goal areas with the LÖK goal areas that answer to each and their newest round the caller may
 * see (`GET /api/v1/agreements/{id}/local-follow-up`).
 */
export function useLocalFollowUp(agreementId: string) {
  return useQuery({
    queryKey: followUpKeys.locals(agreementId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/agreements/{agreementId}/local-follow-up', {
          params: { path: { agreementId } },
          signal,
        }),
      ),
  });
}
