import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { resultsReportKeys } from './queryKeys';

/** The national compilation of a year (`GET /api/v1/national-results/{year}`): approved parts only. */
export function useNationalResults(year: number) {
  return useQuery({
    queryKey: resultsReportKeys.national(year),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/national-results/{year}', { params: { path: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}
