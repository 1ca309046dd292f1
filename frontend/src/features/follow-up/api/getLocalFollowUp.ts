import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/**
 * A regional agreement's goal areas with the LÖK goal areas that answer to each and their newest round the caller may
 * see (`GET /api/v1/agreements/{id}/local-follow-up`).
 */
export function useLocalFollowUp(agreementId: string) {
  return useApiQuery(followUpKeys.locals(agreementId), (signal) =>
    api.GET('/api/v1/agreements/{agreementId}/local-follow-up', {
      params: { path: { agreementId } },
      signal,
    }),
  );
}
