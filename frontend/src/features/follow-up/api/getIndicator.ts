import { api, useApiQuery, type Versioned } from '../../../lib/api';
import type { Indicator } from '../types';
import { followUpKeys } from './queryKeys';

export type VersionedIndicator = Versioned<'indicator', Indicator>;

/** An indicator's definition (`GET /api/v1/indicators/{id}`) and its ETag. */
export function useIndicator(id: string) {
  return useApiQuery(
    [...followUpKeys.indicator(id), 'detail'],
    (signal) => api.GET('/api/v1/indicators/{id}', { params: { path: { id } }, signal }),
    { versioned: 'indicator' },
  );
}
