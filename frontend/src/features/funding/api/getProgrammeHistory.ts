import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Every change of the programme, newest first (`GET /api/v1/funding/programmes/{id}/history`). */
export function useProgrammeHistory(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: fundingKeys.history('programmes', id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/funding/programmes/{id}/history', { params: { path: { id } }, signal })),
  });
}
