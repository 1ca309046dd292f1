import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchField, Select } from '../../../design-system';
import { useDebouncedValue } from '../../../lib/hooks/useDebouncedValue';
import { useCounties } from '../api/getCounties';
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
  const [text, setText] = useState(values.q ?? '');
  const debounced = useDebouncedValue(text.trim(), debounceMs);
  const lastSent = useRef(values.q ?? '');

  // Typing settles → the address (and so the query) follows.
  useEffect(() => {
    if (debounced !== lastSent.current) {
      lastSent.current = debounced;
      onChange({ q: debounced || undefined }, { replace: true });
    }
  }, [debounced, onChange]);

  // The address changed by other means (back button, "clear filters") → the field follows.
  useEffect(() => {
    const q = values.q ?? '';
    if (q !== lastSent.current) {
      lastSent.current = q;
      setText(q);
    }
  }, [values.q]);

  const submit = (value: string) => {
    const q = value.trim();
    lastSent.current = q;
    onChange({ q: q || undefined }, { replace: true });
  };

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
