import { useQueryClient } from '@tanstack/react-query';
import type { VersionedStatusReport } from './getStatusReport';
import { meetingKeys, statusReportKeys } from './queryKeys';

/** After a change of a report: the report as answered, the forum's list and the meetings (the linked point). */
export function useStatusReportSaved() {
  const queryClient = useQueryClient();
  return async (updated: VersionedStatusReport) => {
    queryClient.setQueryData(statusReportKeys.detail(updated.report.id), updated);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: statusReportKeys.ofForum(updated.report.forum.id) }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
    ]);
  };
}
