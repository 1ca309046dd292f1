import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** The agreements of a county whose indicators can be granted (`GET /api/v1/agreements?county=`, the first 100). */
export function useCountyAgreements(code: string | null) {
  return useApiQuery(
    grantKeys.agreements(code ?? ''),
    (signal) =>
      api.GET('/api/v1/agreements', {
        params: { query: { county: code ?? undefined, size: 100, page: 0 } },
        signal,
      }),
    { enabled: code !== null },
  );
}
