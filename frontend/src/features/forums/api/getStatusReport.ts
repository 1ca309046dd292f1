import { useQuery } from '@tanstack/react-query';
import { api, type FetchResult, type Versioned, versioned } from '../../../lib/api';
import type { StatusReport } from '../types';
import { statusReportKeys } from './queryKeys';

export type VersionedStatusReport = Versioned<'report', StatusReport>;

export function versionedReport(result: FetchResult<StatusReport>): VersionedStatusReport {
  return versioned('report', result);
}

/** One status report with invitations and contributions (`GET /api/v1/status-reports/{id}`) and its ETag. */
export function useStatusReport(id: string) {
  return useQuery({
    queryKey: statusReportKeys.detail(id),
    queryFn: async ({ signal }) =>
      versionedReport(await api.GET('/api/v1/status-reports/{id}', { params: { path: { id } }, signal })),
  });
}
