import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The follow-up tasks of the caller's organisation and its sub-units (`GET /api/v1/assessments/mine`). */
export function useMyTasks(enabled: boolean) {
  return useApiQuery(followUpKeys.mine(), (signal) => api.GET('/api/v1/assessments/mine', { signal }), { enabled });
}
