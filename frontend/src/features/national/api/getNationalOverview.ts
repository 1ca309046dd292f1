import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { nationalKeys } from './queryKeys';

/** The counties side by side in a year (`GET /api/v1/national`). */
export function useNationalOverview(year: number) {
  return useQuery({
    queryKey: nationalKeys.overview(year),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/national', { params: { query: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}
