import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Registered funding projects by part of their name, for an activity's project link (`GET /api/v1/funding/projects`). */
export function useProjectSearch(q: string) {
  return useQuery({
    queryKey: strategyKeys.projects(q),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/funding/projects', { params: { query: { q: q || undefined, size: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}
