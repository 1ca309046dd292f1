import { api, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { StatusReport } from '../types';
import { statusReportKeys } from './queryKeys';

export type VersionedStatusReport = Versioned<'report', StatusReport>;

/** One status report with invitations and contributions (`GET /api/v1/status-reports/{id}`) and its ETag. */
export function useStatusReport(id: string) {
  return useVersionedQuery('report', statusReportKeys.detail(id), (signal) =>
    api.GET('/api/v1/status-reports/{id}', { params: { path: { id } }, signal }),
  );
}
