import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Option } from '../design-system';
import { api, unwrap } from '../lib/api';

/** One cache for every organisation search (parties, members, owners …), apart from the register's own list. */
export const organisationSearchKey = (q: string) => ['organisations', 'search', q] as const;

/** Organisations whose name or number matches (`GET /api/v1/organisations?q=`), the first 20 by name. */
export function useOrganisationSearch(q: string) {
  return useQuery({
    queryKey: organisationSearchKey(q),
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

/** Organisations matching the typed text (all, by name, while nothing is typed), for a search field. */
export function useOrganisationOptions(search: string | undefined): Option[] {
  const results = useOrganisationSearch(search?.trim() ?? '');
  return (results.data?.items ?? []).map((organisation) => ({
    id: organisation.id,
    label: organisation.countyName ? `${organisation.name} (${organisation.countyName})` : organisation.name,
  }));
}
