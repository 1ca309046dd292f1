import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** Who granted and revoked the grants without a county, newest first (`GET /api/v1/national-grants/history`). */
export function useNationalGrantHistory() {
  return useQuery({
    queryKey: grantKeys.nationalHistory(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/national-grants/history', { signal })),
  });
}
