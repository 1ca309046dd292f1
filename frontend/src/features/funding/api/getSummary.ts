import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

export type SummaryQuery = { county?: string; year?: number };

/** Money per programme, goal area, municipality and year (`GET /api/v1/funding/summary`); public. */
export function useSummary(query: SummaryQuery) {
  return useQuery({
    queryKey: fundingKeys.summary(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/funding/summary', { params: { query }, signal })),
  });
}
