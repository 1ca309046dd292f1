import { keepPreviousData } from '@tanstack/react-query';
import { api, useApiQuery } from '../../../lib/api';
import { resultsReportKeys } from './queryKeys';

/** The national compilation of a year (`GET /api/v1/national-results/{year}`): approved parts only. */
export function useNationalResults(year: number) {
  return useApiQuery(
    resultsReportKeys.national(year),
    (signal) => api.GET('/api/v1/national-results/{year}', { params: { path: { year } }, signal }),
    { placeholderData: keepPreviousData },
  );
}
