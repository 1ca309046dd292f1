import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { actionItemKeys } from './queryKeys';

/** Organisations whose name matches, to choose an action item's owner from (`GET /api/v1/organisations?q=`). */
export function useOrganisationSearch(q: string) {
  return useQuery({
    queryKey: actionItemKeys.organisationSearch(q),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/organisations', { params: { query: { q: q || undefined, size: 20, page: 0, sort: 'name' } }, signal })),
    placeholderData: keepPreviousData,
  });
}
