import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/** Organisations whose name or number matches, to choose a party from (`GET /api/v1/organisations?q=`). */
export function useOrganisationSearch(q: string) {
  return useQuery({
    queryKey: agreementKeys.organisationSearch(q),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/organisations', {
          params: { query: { q: q || undefined, size: 20, page: 0, sort: 'name' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
