import { useCallback, type ReactNode } from 'react';
import { SearchField, Select } from '../design-system';
import { useSearchText } from '../lib/hooks/useSearchText';
import { useCounties } from '../lib/reference';

/** How a list's filters report a change: `replace` for typing, so every keystroke does not become a history entry. */
export type FilterChange<V> = (changes: V, options: { replace: boolean }) => void;

/**
 * A list's filters as a search landmark: a free-text search, sent once typing settles (or at once with Enter), then
 * the list's other filters (`children`).
 */
export function SearchFilters({
  label,
  search,
  q,
  onChange,
  debounceMs = 300,
  wideSearch = false,
  children,
}: {
  /** Names the landmark. */
  label: string;
  search: { label: string; description?: string; clearLabel: string };
  /** The search text as it stands in the address. */
  q: string | undefined;
  onChange: FilterChange<{ q?: string }>;
  debounceMs?: number;
  /** The search field takes a row of its own on wide screens. */
  wideSearch?: boolean;
  children: ReactNode;
}) {
  const onSettled = useCallback((text: string | undefined) => onChange({ q: text }, { replace: true }), [onChange]);
  const { text, setText, submit } = useSearchText(q, onSettled, debounceMs);
  return (
    <div role="search" className={wideSearch ? 'filters filters--wide-search' : 'filters'} aria-label={label}>
      <SearchField
        label={search.label}
        description={search.description}
        clearLabel={search.clearLabel}
        value={text}
        onChange={setText}
        onSubmit={submit}
      />
      {children}
    </div>
  );
}

/** A filter on one of a few known values (a kind, a status …); its first option, "all …", clears it. */
export function ChoiceFilter<T extends string>({
  label,
  allLabel,
  choices,
  choiceLabel,
  value,
  onChange,
}: {
  label: string;
  allLabel: string;
  choices: readonly T[];
  choiceLabel: (choice: T) => string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <Select
      label={label}
      emptyOption={allLabel}
      options={choices.map((choice) => ({ id: choice, label: choiceLabel(choice) }))}
      value={value ?? null}
      onChange={(id) => onChange(choices.find((choice) => choice === id))}
    />
  );
}

/** A filter on a county (by its code), the counties named as the reference data names them; "all …" clears it. */
export function CountyFilter({
  label,
  allLabel,
  value,
  onChange,
}: {
  label: string;
  allLabel: string;
  value: string | undefined;
  onChange: (county: string | undefined) => void;
}) {
  const counties = useCounties();
  return (
    <Select
      label={label}
      emptyOption={allLabel}
      options={(counties.data ?? []).map((county) => ({ id: county.code, label: county.name }))}
      value={value ?? null}
      onChange={(county) => onChange(county ?? undefined)}
    />
  );
}
