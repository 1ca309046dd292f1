import { useQuery } from '@tanstack/react-query';
import { bySwedishName } from '../format';
import { api, unwrap } from '../api';
import { referenceKeys } from './keys';

/** The municipalities of one county (`GET /api/v1/municipalities?county=`); nothing is fetched without a county. */
export function useMunicipalities(countyCode: string | null) {
  return useQuery({
    queryKey: referenceKeys.municipalities(countyCode ?? ''),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/municipalities', { params: { query: { county: countyCode ?? '' } }, signal })),
    enabled: Boolean(countyCode),
    select: bySwedishName,
    staleTime: Infinity,
  });
}
