import { bySwedishName } from '../../../lib/format';
import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The municipalities of a county (`GET /api/v1/municipalities?county=`), for values per municipality. */
export function useCountyMunicipalities(county: string | undefined) {
  return useApiQuery(
    followUpKeys.municipalities(county ?? ''),
    (signal) => api.GET('/api/v1/municipalities', { params: { query: { county } }, signal }),
    { enabled: !!county, select: bySwedishName, staleTime: Infinity },
  );
}
