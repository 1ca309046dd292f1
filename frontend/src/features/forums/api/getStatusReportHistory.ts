import { api, useApiQuery } from '../../../lib/api';
import { statusReportKeys } from './queryKeys';

/** Every change of the status report, its invitations and contributions, newest first (`GET /api/v1/status-reports/{id}/history`); loaded only when `enabled` (the history disclosure is open). */
export function useStatusReportHistory(id: string, enabled = true) {
  return useApiQuery(
    [...statusReportKeys.detail(id), 'history'],
    (signal) => api.GET('/api/v1/status-reports/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
