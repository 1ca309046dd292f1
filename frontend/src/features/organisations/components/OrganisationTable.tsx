import { useTranslation } from 'react-i18next';
import { DataTable, Link, type TableSort } from '../../../design-system';
import type { SortKey } from '../routes/searchParams';
import type { OrganisationSummary } from '../types';
import { toOrganisation } from '../../../lib/links';

const sortableColumns = ['name', 'type', 'county'] as const;
type SortableColumn = (typeof sortableColumns)[number];

export function toTableSort(sort: SortKey | undefined): TableSort {
  const key = sort ?? 'name';
  return key.startsWith('-')
    ? { column: key.slice(1), direction: 'descending' }
    : { column: key, direction: 'ascending' };
}

export function fromTableSort(sort: TableSort): SortKey {
  const column = sortableColumns.includes(sort.column as SortableColumn) ? (sort.column as SortableColumn) : 'name';
  return sort.direction === 'descending' ? `-${column}` : column;
}

export type OrganisationTableProps = {
  items: OrganisationSummary[];
  sort: SortKey | undefined;
  onSortChange: (sort: SortKey) => void;
  isBusy?: boolean;
};

/**
 * The organisations of one page: name (linking to the organisation), type, county and municipality. A plain table,
 * so that each row's link is a stop of its own for Tab (issue #17); name, type and county reorder the list.
 */
export function OrganisationTable({ items, sort, onSortChange, isBusy }: OrganisationTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('organisations.list.tableLabel')}
      captionHidden
      busy={isBusy}
      sort={toTableSort(sort)}
      onSortChange={(next) => onSortChange(fromTableSort(next))}
      columns={[
        { key: 'name', header: t('organisations.fields.name'), sortable: true },
        { key: 'type', header: t('organisations.fields.type'), sortable: true },
        { key: 'county', header: t('organisations.fields.county'), sortable: true },
        { key: 'municipality', header: t('organisations.fields.municipality') },
      ]}
      rows={items.map((organisation) => ({
        key: organisation.id,
        cells: [
          <Link key="name" href={toOrganisation({ id: organisation.id })}>
            {organisation.name}
          </Link>,
          t(`organisationType.${organisation.type}`),
          organisation.countyName ?? '',
          organisation.municipalityName ?? '',
        ],
      }))}
    />
  );
}
