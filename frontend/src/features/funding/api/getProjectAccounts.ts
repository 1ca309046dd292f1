import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** A project's accounts (`GET /api/v1/funding/projects/{id}/accounts`): owner, partners, coordinator. */
export function useProjectAccounts(id: string, enabled: boolean) {
  return useApiQuery(
    fundingKeys.projectAccounts(id),
    (signal) => api.GET('/api/v1/funding/projects/{id}/accounts', { params: { path: { id } }, signal }),
    { enabled },
  );
}
