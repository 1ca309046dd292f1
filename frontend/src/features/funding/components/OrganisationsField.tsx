import { useTranslation } from 'react-i18next';
import { useOrganisationOptions } from '../../../components';
import { RepeatingGroup, SearchComboBox } from '../../../design-system';

/** One chosen organisation in a list (partners, co-applicants); `id` is null until one is picked. */
export type OrganisationEntry = { key: string; id: string | null; label: string };

let nextKey = 0;
export function organisationEntry(id: string | null = null, label = ''): OrganisationEntry {
  nextKey += 1;
  return { key: `organisation-${String(nextKey)}`, id, label };
}

export function organisationEntriesOf(list: readonly { id: string; name: string }[]): OrganisationEntry[] {
  return list.map((organisation) => organisationEntry(organisation.id, organisation.name));
}

/** The entries of the chosen ids, each named as `known` names it (or by its id when it does not). */
export function organisationEntriesOfIds(
  ids: readonly string[] | undefined,
  known: readonly { id: string; name: string }[] | undefined,
): OrganisationEntry[] {
  return (ids ?? []).map((id) => organisationEntry(id, known?.find((o) => o.id === id)?.name ?? id));
}

export const idsOf = (entries: readonly OrganisationEntry[]) =>
  entries.flatMap((entry) => (entry.id ? [entry.id] : []));

/** A list of organisations to add to and remove from, each found by the one organisation search. */
export function OrganisationsField({
  legend,
  item,
  entries,
  onChange,
}: {
  legend: string;
  /** The name of one entry, e.g. "Partner 2". */
  item: (position: number) => string;
  entries: OrganisationEntry[];
  onChange: (entries: OrganisationEntry[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <RepeatingGroup
      items={entries}
      onChange={onChange}
      newItem={() => organisationEntry()}
      labels={{
        legend,
        item,
        add: t('funding.organisations.add'),
        remove: t('funding.remove'),
        added: (n) => t('funding.organisations.added', { name: item(n) }),
        removed: (n) => t('funding.organisations.removed', { name: item(n) }),
        empty: t('funding.organisations.none'),
      }}
      renderItem={(entry, index, update) => (
        <SearchComboBox
          label={item(index + 1)}
          emptyText={t('funding.organisations.noMatch')}
          value={entry.id}
          valueLabel={entry.label}
          onChange={(id, label) => update({ id, label })}
          useOptions={useOrganisationOptions}
        />
      )}
    />
  );
}
