import {
  Cell as RACCell,
  Column as RACColumn,
  Row as RACRow,
  Table as RACTable,
  TableBody as RACTableBody,
  TableHeader as RACTableHeader,
  type CellProps,
  type ColumnProps,
  type RowProps,
  type TableBodyProps,
  type TableHeaderProps,
  type TableProps,
} from 'react-aria-components';
import './Table.css';

/** A data table (react-aria Table: arrow keys move between cells, sortable columns). */
export function Table(props: Omit<TableProps, 'className'>) {
  return (
    <div className="ds-table-wrapper">
      <RACTable {...props} className="ds-table" />
    </div>
  );
}

export function TableHeader<T extends object>(props: Omit<TableHeaderProps<T>, 'className'>) {
  return <RACTableHeader {...props} className="ds-table-header" />;
}

/** A column header; sortable ones show the direction. */
export function Column({
  children,
  ...props
}: Omit<ColumnProps, 'className' | 'children'> & { children: React.ReactNode }) {
  return (
    <RACColumn {...props} className="ds-table-column">
      {({ allowsSorting, sortDirection }) => (
        <span className="ds-table-column-content">
          {children}
          {allowsSorting && (
            <span aria-hidden="true" className="ds-sort-indicator">
              {sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : '↕'}
            </span>
          )}
        </span>
      )}
    </RACColumn>
  );
}

export function TableBody<T extends object>(props: Omit<TableBodyProps<T>, 'className'>) {
  return <RACTableBody {...props} className="ds-table-body" />;
}

export function Row<T extends object>(props: Omit<RowProps<T>, 'className'>) {
  return <RACRow {...props} className="ds-table-row" />;
}

export function Cell(props: Omit<CellProps, 'className'>) {
  return <RACCell {...props} className="ds-table-cell" />;
}
