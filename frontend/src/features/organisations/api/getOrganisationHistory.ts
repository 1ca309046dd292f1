import { api, useApiQuery } from '../../../lib/api';
import { organisationKeys } from './queryKeys';

/** Every recorded change of the organisation, newest first (`GET /api/v1/organisations/{id}/history`). */
export function useOrganisationHistory(id: string) {
  return useApiQuery(organisationKeys.history(id), (signal) =>
    api.GET('/api/v1/organisations/{id}/history', { params: { path: { id } }, signal }),
  );
}
