import { keepPreviousData } from '@tanstack/react-query';
import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

export type ProjectQuery = { county?: string; goalArea?: string; year?: number; q?: string; page: number };

export const PROJECT_PAGE_SIZE = 25;

/** Public projects: who got what for what (`GET /api/v1/funding/projects`). */
export function useProjects(query: ProjectQuery) {
  return useApiQuery(
    fundingKeys.projects(query),
    (signal) =>
      api.GET('/api/v1/funding/projects', {
        params: { query: { ...query, size: PROJECT_PAGE_SIZE } },
        signal,
      }),
    { placeholderData: keepPreviousData },
  );
}
