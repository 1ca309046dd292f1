import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** The grants without a county (`GET /api/v1/national-grants`), active ones or with the revoked too; admins. */
export function useNationalGrants(includeRevoked: boolean) {
  return useQuery({
    queryKey: grantKeys.nationalList(includeRevoked),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/national-grants', { params: { query: { includeRevoked } }, signal })),
  });
}
