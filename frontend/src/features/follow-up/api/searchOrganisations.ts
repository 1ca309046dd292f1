import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** Organisations by name, for the organisations of an activity (`GET /api/v1/organisations?q=`). */
export function useOrganisationOptions(search: string | undefined) {
  const q = search?.trim() ?? '';
  const query = useQuery({
    queryKey: followUpKeys.organisationSearch(q),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/organisations', { params: { query: { q: q || undefined, size: 20, sort: 'name' } }, signal })),
    enabled: search !== undefined,
  });
  return (query.data?.items ?? []).map((organisation) => ({ id: organisation.id, label: organisation.name }));
}
