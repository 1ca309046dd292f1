import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api';
import { referenceKeys } from './keys';

/** The 21 counties (`GET /api/v1/counties`); they hardly ever change. */
export function useCounties() {
  return useQuery({
    queryKey: referenceKeys.counties,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/counties', { signal })),
    staleTime: Infinity,
  });
}
