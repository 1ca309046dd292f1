import { useQuery } from '@tanstack/react-query';
import { api, type Versioned, versioned } from '../../../lib/api';
import type { Programme } from '../types';
import { fundingKeys } from './queryKeys';

export type VersionedProgramme = Versioned<'programme', Programme>;

/** One programme and its ETag (`GET /api/v1/funding/programmes/{id}`), e.g. the latest version in a conflict. */
export async function fetchProgramme(id: string, signal?: AbortSignal): Promise<VersionedProgramme> {
  return versioned('programme', await api.GET('/api/v1/funding/programmes/{id}', { params: { path: { id } }, signal }));
}

export function useProgramme(id: string) {
  return useQuery({ queryKey: fundingKeys.programme(id), queryFn: ({ signal }) => fetchProgramme(id, signal) });
}
