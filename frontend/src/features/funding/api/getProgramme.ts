import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Programme } from '../types';
import { fundingKeys } from './queryKeys';

export type VersionedProgramme = { programme: Programme; etag: string };

/** One programme and its ETag (`GET /api/v1/funding/programmes/{id}`), e.g. the latest version in a conflict. */
export async function fetchProgramme(id: string, signal?: AbortSignal): Promise<VersionedProgramme> {
  const result = await api.GET('/api/v1/funding/programmes/{id}', { params: { path: { id } }, signal });
  const programme = unwrap(result);
  return { programme, etag: etagOf(result.response, programme.version) };
}

export function useProgramme(id: string) {
  return useQuery({ queryKey: fundingKeys.programme(id), queryFn: ({ signal }) => fetchProgramme(id, signal) });
}
