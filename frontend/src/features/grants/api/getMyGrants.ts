import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** The caller's own active grants (`GET /api/v1/me/grants`). */
export function useMyGrants() {
  return useApiQuery(grantKeys.mine(), (signal) => api.GET('/api/v1/me/grants', { signal }));
}
