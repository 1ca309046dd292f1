import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** A county's grants (`GET /api/v1/counties/{code}/grants`), active ones or with the revoked too. */
export function useCountyGrants(code: string, includeRevoked: boolean) {
  return useApiQuery(grantKeys.countyList(code, includeRevoked), (signal) =>
    api.GET('/api/v1/counties/{code}/grants', {
      params: { path: { code }, query: { includeRevoked } },
      signal,
    }),
  );
}
