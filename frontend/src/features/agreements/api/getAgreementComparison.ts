import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/** What changed between two agreements of one revision chain (`GET /api/v1/agreements/{id}/comparison?with=`). */
export function useAgreementComparison(id: string, withId: string | undefined) {
  return useQuery({
    queryKey: agreementKeys.comparison(id, withId ?? ''),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/agreements/{id}/comparison', {
          params: { path: { id }, query: { with: withId ?? '' } },
          signal,
        }),
      ),
    enabled: Boolean(withId),
  });
}
