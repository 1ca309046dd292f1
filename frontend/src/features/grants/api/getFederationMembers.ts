import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/**
 * The member municipalities of a municipal federation, each with where that comes from
 * (`GET /api/v1/federations/{id}/members`): what a federation coordinator's grant covers. Not read without an id.
 */
export function useFederationMembers(id: string | null) {
  return useQuery({
    queryKey: grantKeys.federationMembers(id ?? ''),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/federations/{id}/members', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== null,
  });
}
