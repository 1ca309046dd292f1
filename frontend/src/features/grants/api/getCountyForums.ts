import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** The forums of a county to choose from (`GET /api/v1/forums?county=`), the first 100 by name. */
export function useCountyForums(code: string, enabled: boolean) {
  return useApiQuery(
    grantKeys.forums(code),
    (signal) => api.GET('/api/v1/forums', { params: { query: { county: code, size: 100, page: 0 } }, signal }),
    { enabled },
  );
}
