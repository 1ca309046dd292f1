import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

export type ApplicationQuery = { call?: string; county?: string; mine?: boolean };

/** Applications the caller may read (`GET /api/v1/funding/applications`). */
export function useApplications(query: ApplicationQuery, enabled = true) {
  return useApiQuery(
    fundingKeys.applications(query),
    (signal) => api.GET('/api/v1/funding/applications', { params: { query }, signal }),
    { enabled },
  );
}
