import { useQuery } from '@tanstack/react-query';
import { api, type FetchResult, type Versioned, versioned } from '../../../lib/api';
import type { Round } from '../types';
import { followUpKeys } from './queryKeys';

export type VersionedRound = Versioned<'round', Round>;

export function versionedRound(result: FetchResult<Round>): VersionedRound {
  return versioned('round', result);
}

/** A round with the tasks the caller may see (`GET /api/v1/follow-up-rounds/{id}`) and its ETag. */
export function useRound(id: string) {
  return useQuery({
    queryKey: [...followUpKeys.round(id), 'detail'],
    queryFn: async ({ signal }) =>
      versionedRound(await api.GET('/api/v1/follow-up-rounds/{id}', { params: { path: { id } }, signal })),
  });
}
