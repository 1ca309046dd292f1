import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

export type SummaryQuery = { county?: string; year?: number };

/** Money per programme, goal area, municipality and year (`GET /api/v1/funding/summary`); public. */
export function useSummary(query: SummaryQuery) {
  return useApiQuery(fundingKeys.summary(query), (signal) =>
    api.GET('/api/v1/funding/summary', { params: { query }, signal }),
  );
}
