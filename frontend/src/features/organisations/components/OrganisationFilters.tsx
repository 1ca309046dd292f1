import { useTranslation } from 'react-i18next';
import { ChoiceFilter, CountyFilter, SearchFilters } from '../../../components';
import { organisationTypes, type OrganisationType } from '../types';

export type OrganisationFilterValues = { q?: string; type?: OrganisationType; county?: string };

export type OrganisationFiltersProps = {
  values: OrganisationFilterValues;
  /** `replace` for typing, so every keystroke does not become a history entry. */
  onChange: (changes: OrganisationFilterValues, options: { replace: boolean }) => void;
  debounceMs?: number;
};

/** Search by name (debounced) and filters on type and county. */
export function OrganisationFilters({ values, onChange, debounceMs = 300 }: OrganisationFiltersProps) {
  const { t } = useTranslation();
  return (
    <SearchFilters
      label={t('organisations.list.filters')}
      search={{ label: t('organisations.list.searchLabel'), clearLabel: t('organisations.list.searchClear') }}
      q={values.q}
      onChange={onChange}
      debounceMs={debounceMs}
    >
      <ChoiceFilter
        label={t('organisations.list.typeLabel')}
        allLabel={t('organisations.list.allTypes')}
        choices={organisationTypes}
        choiceLabel={(type) => t(`organisationType.${type}`)}
        value={values.type}
        onChange={(type) => onChange({ type }, { replace: false })}
      />
      <CountyFilter
        label={t('organisations.list.countyLabel')}
        allLabel={t('organisations.list.allCounties')}
        value={values.county}
        onChange={(county) => onChange({ county }, { replace: false })}
      />
    </SearchFilters>
  );
}
