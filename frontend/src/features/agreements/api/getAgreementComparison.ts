import { api, useApiQuery } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/** What changed between two agreements of one revision chain (`GET /api/v1/agreements/{id}/comparison?with=`). */
export function useAgreementComparison(id: string, withId: string | undefined) {
  return useApiQuery(
    agreementKeys.comparison(id, withId ?? ''),
    (signal) =>
      api.GET('/api/v1/agreements/{id}/comparison', {
        params: { path: { id }, query: { with: withId ?? '' } },
        signal,
      }),
    { enabled: Boolean(withId) },
  );
}
