import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Every change of the application, newest first (`GET /api/v1/funding/applications/{id}/history`). */
export function useApplicationHistory(id: string, enabled = true) {
  return useApiQuery(
    fundingKeys.history('applications', id),
    (signal) => api.GET('/api/v1/funding/applications/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
