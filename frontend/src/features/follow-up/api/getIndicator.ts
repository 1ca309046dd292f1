import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Indicator } from '../types';
import { followUpKeys } from './queryKeys';

export type VersionedIndicator = {
  indicator: Indicator;
  etag: string;
};

/** An indicator's definition (`GET /api/v1/indicators/{id}`) and its ETag. */
export function useIndicator(id: string) {
  return useQuery({
    queryKey: [...followUpKeys.indicator(id), 'detail'],
    queryFn: async ({ signal }): Promise<VersionedIndicator> => {
      const result = await api.GET('/api/v1/indicators/{id}', { params: { path: { id } }, signal });
      const indicator = unwrap(result);
      return { indicator, etag: etagOf(result.response, indicator.version) };
    },
  });
}
