import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** The grants without a county (`GET /api/v1/national-grants`), active ones or with the revoked too; admins. */
export function useNationalGrants(includeRevoked: boolean) {
  return useApiQuery(grantKeys.nationalList(includeRevoked), (signal) =>
    api.GET('/api/v1/national-grants', { params: { query: { includeRevoked } }, signal }),
  );
}
