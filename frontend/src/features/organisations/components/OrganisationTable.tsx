import type { SortDescriptor } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from '../../../design-system';
import type { SortKey } from '../routes/searchParams';
import type { OrganisationSummary } from '../types';
import { toOrganisation } from '../../../lib/links';

const sortableColumns = ['name', 'type', 'county'] as const;
type SortableColumn = (typeof sortableColumns)[number];

export function toSortDescriptor(sort: SortKey | undefined): SortDescriptor {
  const key = sort ?? 'name';
  return key.startsWith('-')
    ? { column: key.slice(1), direction: 'descending' }
    : { column: key, direction: 'ascending' };
}

export function fromSortDescriptor(descriptor: SortDescriptor): SortKey {
  const column = sortableColumns.includes(descriptor.column as SortableColumn)
    ? (descriptor.column as SortableColumn)
    : 'name';
  return descriptor.direction === 'descending' ? `-${column}` : column;
}

export type OrganisationTableProps = {
  items: OrganisationSummary[];
  sort: SortKey | undefined;
  onSortChange: (sort: SortKey) => void;
  isBusy?: boolean;
};

/** The organisations of one page: name (linking to the organisation), type, county and municipality. */
export function OrganisationTable({ items, sort, onSortChange, isBusy }: OrganisationTableProps) {
  const { t } = useTranslation();
  return (
    <Table
      aria-label={t('organisations.list.tableLabel')}
      aria-busy={isBusy || undefined}
      sortDescriptor={toSortDescriptor(sort)}
      onSortChange={(descriptor) => onSortChange(fromSortDescriptor(descriptor))}
    >
      <TableHeader>
        <Column id="name" isRowHeader allowsSorting>
          {t('organisations.fields.name')}
        </Column>
        <Column id="type" allowsSorting>
          {t('organisations.fields.type')}
        </Column>
        <Column id="county" allowsSorting>
          {t('organisations.fields.county')}
        </Column>
        <Column id="municipality">{t('organisations.fields.municipality')}</Column>
      </TableHeader>
      <TableBody items={items}>
        {(organisation) => (
          <Row id={organisation.id}>
            <Cell>
              <Link href={toOrganisation({ id: organisation.id })}>{organisation.name}</Link>
            </Cell>
            <Cell>{t(`organisationType.${organisation.type}`)}</Cell>
            <Cell>{organisation.countyName ?? ''}</Cell>
            <Cell>{organisation.municipalityName ?? ''}</Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
