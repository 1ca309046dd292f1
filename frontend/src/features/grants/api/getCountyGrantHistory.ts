import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** Who granted and revoked what in a county, newest first (`GET /api/v1/counties/{code}/grants/history`). */
export function useCountyGrantHistory(code: string) {
  return useQuery({
    queryKey: grantKeys.countyHistory(code),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/counties/{code}/grants/history', { params: { path: { code } }, signal })),
  });
}
