import { keepPreviousData } from '@tanstack/react-query';
import { api, useApiQuery } from '../../../lib/api';
import { nationalKeys } from './queryKeys';

/** The counties side by side in a year (`GET /api/v1/national`). */
export function useNationalOverview(year: number) {
  return useApiQuery(
    nationalKeys.overview(year),
    (signal) => api.GET('/api/v1/national', { params: { query: { year } }, signal }),
    { placeholderData: keepPreviousData },
  );
}
