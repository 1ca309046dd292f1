import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** The forums of a county, to filter by (`GET /api/v1/forums?county=`). */
export function useCountyForums(county: string | undefined) {
  return useQuery({
    queryKey: [...forumKeys.all, 'list', county ?? ''],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/forums', { params: { query: { county, size: 100, page: 0 } }, signal })),
    enabled: Boolean(county),
  });
}
