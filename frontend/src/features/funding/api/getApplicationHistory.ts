import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Every change of the application, newest first (`GET /api/v1/funding/applications/{id}/history`). */
export function useApplicationHistory(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: fundingKeys.history('applications', id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/funding/applications/{id}/history', { params: { path: { id } }, signal })),
  });
}
