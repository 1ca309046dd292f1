import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The agreement's indicators (`GET /api/v1/agreements/{id}/indicators`). */
export function useAgreementIndicators(agreementId: string) {
  return useApiQuery(followUpKeys.indicators(agreementId), (signal) =>
    api.GET('/api/v1/agreements/{agreementId}/indicators', { params: { path: { agreementId } }, signal }),
  );
}
