import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

export type CallQuery = { county?: string; year?: number };

/** Calls of a county, newest year first (`GET /api/v1/funding/calls`); drafts only for their managers. */
export function useCalls(query: CallQuery) {
  return useApiQuery(fundingKeys.calls(query), (signal) =>
    api.GET('/api/v1/funding/calls', { params: { query }, signal }),
  );
}
