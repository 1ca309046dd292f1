import { keepPreviousData } from '@tanstack/react-query';
import { api, useApiQuery } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

/** Registered funding projects by part of their name, for an activity's project link (`GET /api/v1/funding/projects`). */
export function useProjectSearch(q: string) {
  return useApiQuery(
    strategyKeys.projects(q),
    (signal) => api.GET('/api/v1/funding/projects', { params: { query: { q: q || undefined, size: 20 } }, signal }),
    { placeholderData: keepPreviousData },
  );
}
