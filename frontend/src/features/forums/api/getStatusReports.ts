import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { statusReportKeys } from './queryKeys';

/** A forum's status reports, newest quarter first (`GET /api/v1/forums/{id}/status-reports`). */
export function useStatusReports(forumId: string) {
  return useQuery({
    queryKey: statusReportKeys.ofForum(forumId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/forums/{id}/status-reports', { params: { path: { id: forumId } }, signal })),
  });
}
