import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** A county's grants (`GET /api/v1/counties/{code}/grants`), active ones or with the revoked too. */
export function useCountyGrants(code: string, includeRevoked: boolean) {
  return useQuery({
    queryKey: grantKeys.countyList(code, includeRevoked),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/counties/{code}/grants', {
          params: { path: { code }, query: { includeRevoked } },
          signal,
        }),
      ),
  });
}
