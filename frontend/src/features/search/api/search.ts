import { keepPreviousData } from '@tanstack/react-query';
import { api, useApiQuery } from '../../../lib/api';
import type { SearchKind } from '../types';

export type SearchQuery = { q: string; kind?: SearchKind; county?: string; page: number; size: number };

/** Search across everything the caller may read (`GET /api/v1/search`). */
export function useSearchResults(query: SearchQuery) {
  return useApiQuery(['search', query] as const, (signal) => api.GET('/api/v1/search', { params: { query }, signal }), {
    enabled: query.q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
