import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Every change of the project (with its accounts' changes for those who may read them), newest first (`GET /api/v1/funding/projects/{id}/history`). */
export function useProjectHistory(id: string, enabled = true) {
  return useApiQuery(
    fundingKeys.history('projects', id),
    (signal) => api.GET('/api/v1/funding/projects/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
