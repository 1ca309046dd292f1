import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

export type ApplicationQuery = { call?: string; county?: string; mine?: boolean };

/** Applications the caller may read (`GET /api/v1/funding/applications`). */
export function useApplications(query: ApplicationQuery, enabled = true) {
  return useQuery({
    queryKey: fundingKeys.applications(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/funding/applications', { params: { query }, signal })),
    enabled,
  });
}
