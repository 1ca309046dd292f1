import type { Option } from '../../../design-system';
import { useOrganisationSearch } from '../api/searchOrganisations';

/** Organisations matching the typed text, from the register on the server, for a search field. */
export function useOrganisationOptions(search: string | undefined): Option[] {
  const results = useOrganisationSearch(search ?? '');
  return (results.data?.items ?? []).map((organisation) => ({
    id: organisation.id,
    label: organisation.countyName ? `${organisation.name} (${organisation.countyName})` : organisation.name,
  }));
}
