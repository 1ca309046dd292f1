import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Organisation } from '../types';
import { organisationKeys } from './queryKeys';

/** An organisation with the ETag to send back when changing it. */
export type VersionedOrganisation = { organisation: Organisation; etag: string };

export async function fetchOrganisation(id: string, signal?: AbortSignal): Promise<VersionedOrganisation> {
  const result = await api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal });
  const organisation = unwrap(result);
  return { organisation, etag: etagOf(result.response, organisation.version) };
}

/** One organisation (`GET /api/v1/organisations/{id}`) and its ETag. */
export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKeys.detail(id),
    queryFn: ({ signal }) => fetchOrganisation(id, signal),
  });
}
