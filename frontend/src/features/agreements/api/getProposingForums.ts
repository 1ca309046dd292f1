import { api, useApiQuery } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/**
 * The county's forums, any of which may propose a yearly priority (`GET /api/v1/forums?county=…`); the one that
 * prepares for the council (Beredningsgruppen) is the usual proposer.
 */
export function useProposingForums(countyCode: string, enabled = true) {
  return useApiQuery(
    agreementKeys.proposers(countyCode),
    (signal) =>
      api.GET('/api/v1/forums', {
        params: { query: { county: countyCode, size: 100 } },
        signal,
      }),
    { enabled },
  );
}
