import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Every change of the call, newest first (`GET /api/v1/funding/calls/{id}/history`). */
export function useCallHistory(id: string, enabled = true) {
  return useApiQuery(
    fundingKeys.history('calls', id),
    (signal) => api.GET('/api/v1/funding/calls/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
