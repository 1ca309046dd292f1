import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** The caller's own active grants (`GET /api/v1/me/grants`). */
export function useMyGrants() {
  return useQuery({
    queryKey: grantKeys.mine(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/me/grants', { signal })),
  });
}
