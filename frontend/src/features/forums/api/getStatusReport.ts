import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { StatusReport } from '../types';
import { statusReportKeys } from './queryKeys';

export type VersionedStatusReport = { report: StatusReport; etag: string };

export function versionedReport(result: {
  data?: StatusReport;
  error?: unknown;
  response: Response;
}): VersionedStatusReport {
  const report = unwrap(result);
  return { report, etag: etagOf(result.response, report.version) };
}

/** One status report with invitations and contributions (`GET /api/v1/status-reports/{id}`) and its ETag. */
export function useStatusReport(id: string) {
  return useQuery({
    queryKey: statusReportKeys.detail(id),
    queryFn: async ({ signal }) =>
      versionedReport(await api.GET('/api/v1/status-reports/{id}', { params: { path: { id } }, signal })),
  });
}
