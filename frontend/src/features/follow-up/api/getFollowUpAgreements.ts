import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The agreements the caller may see, newest period first (`GET /api/v1/agreements`), to pick one to follow up. */
export function useFollowUpAgreements() {
  return useApiQuery(followUpKeys.agreements(), (signal) =>
    api.GET('/api/v1/agreements', { params: { query: { size: 100, sort: '-firstYear' } }, signal }),
  );
}
