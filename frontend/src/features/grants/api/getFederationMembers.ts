import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/**
 * The member municipalities of a municipal federation, each with where that comes from
 * (`GET /api/v1/federations/{id}/members`): what a federation coordinator's grant covers. Not read without an id.
 */
export function useFederationMembers(id: string | null) {
  return useApiQuery(
    grantKeys.federationMembers(id ?? ''),
    (signal) => api.GET('/api/v1/federations/{id}/members', { params: { path: { id: id ?? '' } }, signal }),
    { enabled: id !== null },
  );
}
