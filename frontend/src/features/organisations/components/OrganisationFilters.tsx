import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchField, Select } from '../../../design-system';
import { useSearchText } from '../../../lib/hooks/useSearchText';
import { useCounties } from '../../../lib/reference';
import { isOrganisationType, organisationTypes, type OrganisationType } from '../types';

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
  const counties = useCounties();
  const onSettled = useCallback((q: string | undefined) => onChange({ q }, { replace: true }), [onChange]);
  const { text, setText, submit } = useSearchText(values.q, onSettled, debounceMs);

  return (
    <div role="search" className="filters" aria-label={t('organisations.list.filters')}>
      <SearchField
        label={t('organisations.list.searchLabel')}
        clearLabel={t('organisations.list.searchClear')}
        value={text}
        onChange={setText}
        onSubmit={submit}
      />
      <Select
        label={t('organisations.list.typeLabel')}
        emptyOption={t('organisations.list.allTypes')}
        options={organisationTypes.map((type) => ({ id: type, label: t(`organisationType.${type}`) }))}
        value={values.type ?? null}
        onChange={(type) => onChange({ type: isOrganisationType(type) ? type : undefined }, { replace: false })}
      />
      <Select
        label={t('organisations.list.countyLabel')}
        emptyOption={t('organisations.list.allCounties')}
        options={(counties.data ?? []).map((county) => ({ id: county.code, label: county.name }))}
        value={values.county ?? null}
        onChange={(county) => onChange({ county: county ?? undefined }, { replace: false })}
      />
    </div>
  );
}
