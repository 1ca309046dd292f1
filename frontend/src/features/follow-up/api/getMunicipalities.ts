import { useQuery } from '@tanstack/react-query';
import { bySwedishName } from '../../../lib/format';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The municipalities of a county (`GET /api/v1/municipalities?county=`), for values per municipality. */
export function useCountyMunicipalities(county: string | undefined) {
  return useQuery({
    queryKey: followUpKeys.municipalities(county ?? ''),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/municipalities', { params: { query: { county } }, signal })),
    enabled: !!county,
    select: bySwedishName,
    staleTime: Infinity,
  });
}
