import { useTranslation } from 'react-i18next';
import { ChoiceFilter, CountyFilter, SearchFilters } from '../../../components';
import { Select } from '../../../design-system';
import type { AgreementSearch, SortKey } from '../routes/searchParams';
import { defaultSort, sortKeys } from '../routes/searchParams';
import { agreementKinds, agreementStatuses, targetGroups } from '../types';

export type AgreementFilterValues = Omit<AgreementSearch, 'page'>;

export type AgreementFiltersProps = {
  values: AgreementFilterValues;
  /** `replace` for typing, so every keystroke does not become a history entry. */
  onChange: (changes: AgreementFilterValues, options: { replace: boolean }) => void;
  debounceMs?: number;
};

/** Years someone may ask "in force in": the agreements of the last decade and the next few years. */
function yearOptions(now = new Date().getFullYear()) {
  const years: { id: string; label: string }[] = [];
  for (let year = now + 4; year >= 2010; year -= 1) years.push({ id: String(year), label: String(year) });
  return years;
}

/** Full-text search (debounced) and filters on kind, county, status, year in force and target group; the order. */
export function AgreementFilters({ values, onChange, debounceMs = 300 }: AgreementFiltersProps) {
  const { t } = useTranslation();
  const change = (changes: AgreementFilterValues) => onChange(changes, { replace: false });
  const sorts = sortKeys.filter((key) => key !== 'relevance' || values.q);

  return (
    <SearchFilters
      label={t('agreements.list.filters')}
      wideSearch
      search={{
        label: t('agreements.list.searchLabel'),
        description: t('agreements.list.searchHint'),
        clearLabel: t('agreements.list.searchClear'),
      }}
      q={values.q}
      onChange={onChange}
      debounceMs={debounceMs}
    >
      <ChoiceFilter
        label={t('agreements.fields.kind')}
        allLabel={t('agreements.list.allKinds')}
        choices={agreementKinds}
        choiceLabel={(kind) => t(`agreementKind.${kind}`)}
        value={values.kind}
        onChange={(kind) => change({ kind })}
      />
      <CountyFilter
        label={t('agreements.fields.county')}
        allLabel={t('agreements.list.allCounties')}
        value={values.county}
        onChange={(county) => change({ county })}
      />
      <ChoiceFilter
        label={t('agreements.fields.status')}
        allLabel={t('agreements.list.allStatuses')}
        choices={agreementStatuses}
        choiceLabel={(status) => t(`agreementStatus.${status}`)}
        value={values.status}
        onChange={(status) => change({ status })}
      />
      <Select
        label={t('agreements.list.yearLabel')}
        emptyOption={t('agreements.list.allYears')}
        options={yearOptions()}
        value={values.year ? String(values.year) : null}
        onChange={(year) => change({ year: year ? Number(year) : undefined })}
      />
      <ChoiceFilter
        label={t('agreements.list.targetGroupLabel')}
        allLabel={t('agreements.list.allTargetGroups')}
        choices={targetGroups}
        choiceLabel={(group) => t(`targetGroup.${group}`)}
        value={values.targetGroup}
        onChange={(targetGroup) => change({ targetGroup })}
      />
      <Select
        label={t('agreements.list.sortLabel')}
        options={sorts.map((key) => ({ id: key, label: t(`agreements.list.sort.${key}`) }))}
        value={values.sort && sorts.includes(values.sort) ? values.sort : defaultSort(values)}
        onChange={(sort) => change({ sort: (sort as SortKey | null) ?? undefined })}
      />
    </SearchFilters>
  );
}
