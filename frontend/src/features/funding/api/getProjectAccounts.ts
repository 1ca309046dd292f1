import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** A project's accounts (`GET /api/v1/funding/projects/{id}/accounts`): owner, partners, coordinator. */
export function useProjectAccounts(id: string, enabled: boolean) {
  return useQuery({
    queryKey: fundingKeys.projectAccounts(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/funding/projects/{id}/accounts', { params: { path: { id } }, signal })),
    enabled,
  });
}
