import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

export type CallQuery = { county?: string; year?: number };

/** Calls of a county, newest year first (`GET /api/v1/funding/calls`); drafts only for their managers. */
export function useCalls(query: CallQuery) {
  return useQuery({
    queryKey: fundingKeys.calls(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/funding/calls', { params: { query }, signal })),
  });
}
