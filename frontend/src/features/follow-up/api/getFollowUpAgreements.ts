import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The agreements the caller may see, newest period first (`GET /api/v1/agreements`), to pick one to follow up. */
export function useFollowUpAgreements() {
  return useQuery({
    queryKey: followUpKeys.agreements(),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/agreements', { params: { query: { size: 100, sort: '-firstYear' } }, signal })),
  });
}
