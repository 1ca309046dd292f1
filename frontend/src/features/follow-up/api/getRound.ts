import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Round } from '../types';
import { followUpKeys } from './queryKeys';

export type VersionedRound = { round: Round; etag: string };

export function versionedRound(result: { data?: Round; error?: unknown; response: Response }): VersionedRound {
  const round = unwrap(result);
  return { round, etag: etagOf(result.response, round.version) };
}

/** A round with the tasks the caller may see (`GET /api/v1/follow-up-rounds/{id}`) and its ETag. */
export function useRound(id: string) {
  return useQuery({
    queryKey: [...followUpKeys.round(id), 'detail'],
    queryFn: async ({ signal }) =>
      versionedRound(await api.GET('/api/v1/follow-up-rounds/{id}', { params: { path: { id } }, signal })),
  });
}
