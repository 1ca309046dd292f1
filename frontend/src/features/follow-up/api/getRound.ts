import { api, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { Round } from '../types';
import { followUpKeys } from './queryKeys';

export type VersionedRound = Versioned<'round', Round>;

/** A round with the tasks the caller may see (`GET /api/v1/follow-up-rounds/{id}`) and its ETag. */
export function useRound(id: string) {
  return useVersionedQuery('round', [...followUpKeys.round(id), 'detail'], (signal) =>
    api.GET('/api/v1/follow-up-rounds/{id}', { params: { path: { id } }, signal }),
  );
}
