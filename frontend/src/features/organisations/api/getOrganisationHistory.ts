import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { organisationKeys } from './queryKeys';

/** Every recorded change of the organisation, newest first (`GET /api/v1/organisations/{id}/history`). */
export function useOrganisationHistory(id: string) {
  return useQuery({
    queryKey: organisationKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/organisations/{id}/history', { params: { path: { id } }, signal })),
  });
}
