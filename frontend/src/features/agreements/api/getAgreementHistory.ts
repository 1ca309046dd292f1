import { api, useApiQuery } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/** Every change of the agreement and its parts, newest first (`GET /api/v1/agreements/{id}/history`). */
export function useAgreementHistory(id: string) {
  return useApiQuery(agreementKeys.history(id), (signal) =>
    api.GET('/api/v1/agreements/{id}/history', { params: { path: { id } }, signal }),
  );
}
