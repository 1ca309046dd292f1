import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Every change of the programme, newest first (`GET /api/v1/funding/programmes/{id}/history`). */
export function useProgrammeHistory(id: string, enabled = true) {
  return useApiQuery(
    fundingKeys.history('programmes', id),
    (signal) => api.GET('/api/v1/funding/programmes/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
