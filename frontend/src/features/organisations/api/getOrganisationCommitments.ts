import { api, useApiQuery } from '../../../lib/api';
import { organisationKeys } from './queryKeys';

/**
 * What the organisation is committed to, as far as the caller may read it
 * (`GET /api/v1/organisations/{id}/commitments`).
 */
export function useOrganisationCommitments(id: string) {
  return useApiQuery(organisationKeys.commitments(id), (signal) =>
    api.GET('/api/v1/organisations/{id}/commitments', { params: { path: { id } }, signal }),
  );
}
