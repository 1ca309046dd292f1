import { api, useApiQuery } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/**
 * A county's forums by level with their links and working groups (`GET /api/v1/forum-structure/{countyCode}`);
 * not fetched while `enabled` is false (the page still waits to know which county to show).
 */
export function useForumStructure(countyCode: string, enabled = true) {
  return useApiQuery(
    forumKeys.structure(countyCode),
    (signal) => api.GET('/api/v1/forum-structure/{countyCode}', { params: { path: { countyCode } }, signal }),
    { enabled },
  );
}
