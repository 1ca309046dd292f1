import { useQuery } from '@tanstack/react-query';
import { api, type Versioned, versioned } from '../../../lib/api';
import type { Organisation } from '../types';
import { organisationKeys } from './queryKeys';

/** An organisation with the ETag to send back when changing it. */
export type VersionedOrganisation = Versioned<'organisation', Organisation>;

export async function fetchOrganisation(id: string, signal?: AbortSignal): Promise<VersionedOrganisation> {
  return versioned('organisation', await api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal }));
}

/** One organisation (`GET /api/v1/organisations/{id}`) and its ETag. */
export function useOrganisation(id: string) {
  return useQuery({ queryKey: organisationKeys.detail(id), queryFn: ({ signal }) => fetchOrganisation(id, signal) });
}
