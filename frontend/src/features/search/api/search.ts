import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { SearchKind } from '../types';

export type SearchQuery = { q: string; kind?: SearchKind; county?: string; page: number; size: number };

/** Search across everything the caller may read (`GET /api/v1/search`). */
export function useSearchResults(query: SearchQuery) {
  return useQuery({
    queryKey: ['search', query] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/search', { params: { query }, signal })),
    enabled: query.q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
