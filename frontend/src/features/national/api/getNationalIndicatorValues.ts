import { keepPreviousData } from '@tanstack/react-query';
import { api, useApiQuery } from '../../../lib/api';
import { nationalKeys } from './queryKeys';

export const INDICATOR_PAGE_SIZE = 50;

/** Indicator values across counties and municipalities (`GET /api/v1/national/indicator-values`). */
export function useNationalIndicatorValues(filters: { year: number; county?: string; page: number }) {
  return useApiQuery(
    nationalKeys.indicatorValues(filters),
    (signal) =>
      api.GET('/api/v1/national/indicator-values', {
        params: {
          query: { year: filters.year, county: filters.county, page: filters.page, size: INDICATOR_PAGE_SIZE },
        },
        signal,
      }),
    { placeholderData: keepPreviousData },
  );
}
