import { api, useApiQuery } from '../../../lib/api';
import { statusReportKeys } from './queryKeys';

/** A forum's status reports, newest quarter first (`GET /api/v1/forums/{id}/status-reports`). */
export function useStatusReports(forumId: string) {
  return useApiQuery(statusReportKeys.ofForum(forumId), (signal) =>
    api.GET('/api/v1/forums/{id}/status-reports', { params: { path: { id: forumId } }, signal }),
  );
}
