import { api, useApiQuery } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** The forums of a county, to filter by (`GET /api/v1/forums?county=`). */
export function useCountyForums(county: string | undefined) {
  return useApiQuery(
    [...forumKeys.all, 'list', county ?? ''],
    (signal) => api.GET('/api/v1/forums', { params: { query: { county, size: 100, page: 0 } }, signal }),
    { enabled: Boolean(county) },
  );
}
