import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Every change of the call, newest first (`GET /api/v1/funding/calls/{id}/history`). */
export function useCallHistory(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: fundingKeys.history('calls', id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/funding/calls/{id}/history', { params: { path: { id } }, signal })),
  });
}
