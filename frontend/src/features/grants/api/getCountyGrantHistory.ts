import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** Who granted and revoked what in a county, newest first (`GET /api/v1/counties/{code}/grants/history`). */
export function useCountyGrantHistory(code: string) {
  return useApiQuery(grantKeys.countyHistory(code), (signal) =>
    api.GET('/api/v1/counties/{code}/grants/history', { params: { path: { code } }, signal }),
  );
}
