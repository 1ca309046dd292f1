import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** A county's forums by level with their links and working groups (`GET /api/v1/forum-structure/{countyCode}`). */
export function useForumStructure(countyCode: string) {
  return useQuery({
    queryKey: forumKeys.structure(countyCode),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/forum-structure/{countyCode}', { params: { path: { countyCode } }, signal })),
  });
}
