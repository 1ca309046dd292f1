import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/**
 * A county's forums by level with their links and working groups (`GET /api/v1/forum-structure/{countyCode}`);
 * not fetched while `enabled` is false (the page still waits to know which county to show).
 */
export function useForumStructure(countyCode: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: forumKeys.structure(countyCode),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/forum-structure/{countyCode}', { params: { path: { countyCode } }, signal })),
  });
}
