import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchField, Select } from '../../../design-system';
import { useSearchText } from '../../../lib/hooks/useSearchText';
import { useCounties } from '../../../lib/reference';
import type { AgreementSearch, SortKey } from '../routes/searchParams';
import { defaultSort, sortKeys } from '../routes/searchParams';
import {
  agreementKinds,
  agreementStatuses,
  isAgreementKind,
  isAgreementStatus,
  isTargetGroup,
  targetGroups,
} from '../types';

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
  const counties = useCounties();
  const onSettled = useCallback((q: string | undefined) => onChange({ q }, { replace: true }), [onChange]);
  const { text, setText, submit } = useSearchText(values.q, onSettled, debounceMs);
  const change = (changes: AgreementFilterValues) => onChange(changes, { replace: false });
  const sorts = sortKeys.filter((key) => key !== 'relevance' || values.q);

  return (
    <div role="search" className="filters filters--wide-search" aria-label={t('agreements.list.filters')}>
      <SearchField
        label={t('agreements.list.searchLabel')}
        description={t('agreements.list.searchHint')}
        clearLabel={t('agreements.list.searchClear')}
        value={text}
        onChange={setText}
        onSubmit={submit}
      />
      <Select
        label={t('agreements.fields.kind')}
        emptyOption={t('agreements.list.allKinds')}
        options={agreementKinds.map((kind) => ({ id: kind, label: t(`agreementKind.${kind}`) }))}
        value={values.kind ?? null}
        onChange={(kind) => change({ kind: isAgreementKind(kind) ? kind : undefined })}
      />
      <Select
        label={t('agreements.fields.county')}
        emptyOption={t('agreements.list.allCounties')}
        options={(counties.data ?? []).map((county) => ({ id: county.code, label: county.name }))}
        value={values.county ?? null}
        onChange={(county) => change({ county: county ?? undefined })}
      />
      <Select
        label={t('agreements.fields.status')}
        emptyOption={t('agreements.list.allStatuses')}
        options={agreementStatuses.map((status) => ({ id: status, label: t(`agreementStatus.${status}`) }))}
        value={values.status ?? null}
        onChange={(status) => change({ status: isAgreementStatus(status) ? status : undefined })}
      />
      <Select
        label={t('agreements.list.yearLabel')}
        emptyOption={t('agreements.list.allYears')}
        options={yearOptions()}
        value={values.year ? String(values.year) : null}
        onChange={(year) => change({ year: year ? Number(year) : undefined })}
      />
      <Select
        label={t('agreements.list.targetGroupLabel')}
        emptyOption={t('agreements.list.allTargetGroups')}
        options={targetGroups.map((group) => ({ id: group, label: t(`targetGroup.${group}`) }))}
        value={values.targetGroup ?? null}
        onChange={(group) => change({ targetGroup: isTargetGroup(group) ? group : undefined })}
      />
      <Select
        label={t('agreements.list.sortLabel')}
        options={sorts.map((key) => ({ id: key, label: t(`agreements.list.sort.${key}`) }))}
        value={values.sort && sorts.includes(values.sort) ? values.sort : defaultSort(values)}
        onChange={(sort) => change({ sort: (sort as SortKey | null) ?? undefined })}
      />
    </div>
  );
}
