import { api, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { Indicator } from '../types';
import { followUpKeys } from './queryKeys';

export type VersionedIndicator = Versioned<'indicator', Indicator>;

/** An indicator's definition (`GET /api/v1/indicators/{id}`) and its ETag. */
export function useIndicator(id: string) {
  return useVersionedQuery('indicator', [...followUpKeys.indicator(id), 'detail'], (signal) =>
    api.GET('/api/v1/indicators/{id}', { params: { path: { id } }, signal }),
  );
}
