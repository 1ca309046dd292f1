import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The agreement's follow-up rounds the caller may see (`GET /api/v1/agreements/{id}/follow-up-rounds`). */
export function useAgreementRounds(agreementId: string) {
  return useApiQuery(followUpKeys.rounds(agreementId), (signal) =>
    api.GET('/api/v1/agreements/{agreementId}/follow-up-rounds', {
      params: { path: { agreementId } },
      signal,
    }),
  );
}
