import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** The indicators of each of these agreements (`GET /api/v1/agreements/{agreementId}/indicators`), in their order. */
export function useAgreementIndicators(agreementIds: readonly string[]) {
  return useQueries({
    queries: agreementIds.map((agreementId) => ({
      queryKey: grantKeys.indicators(agreementId),
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(
          await api.GET('/api/v1/agreements/{agreementId}/indicators', {
            params: { path: { agreementId } },
            signal,
          }),
        ),
    })),
  });
}
