import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

export type AccountQuery = { county?: string; overdue?: boolean };

/** The accounting board (`GET /api/v1/funding/accounts`), earliest due first. */
export function useAccounts(query: AccountQuery) {
  return useApiQuery(fundingKeys.accounts(query), (signal) =>
    api.GET('/api/v1/funding/accounts', {
      params: { query: { county: query.county, overdue: query.overdue || undefined } },
      signal,
    }),
  );
}
