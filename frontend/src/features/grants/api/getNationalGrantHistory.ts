import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** Who granted and revoked the grants without a county, newest first (`GET /api/v1/national-grants/history`). */
export function useNationalGrantHistory() {
  return useApiQuery(grantKeys.nationalHistory(), (signal) => api.GET('/api/v1/national-grants/history', { signal }));
}
