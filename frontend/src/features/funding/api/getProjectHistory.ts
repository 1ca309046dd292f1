import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Every change of the project (with its accounts' changes for those who may read them), newest first (`GET /api/v1/funding/projects/{id}/history`). */
export function useProjectHistory(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: fundingKeys.history('projects', id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/funding/projects/{id}/history', { params: { path: { id } }, signal })),
  });
}
