import type { ReactNode } from 'react';
import './DataTable.css';

export type DataTableColumn = {
  key: string;
  header: ReactNode;
  /** The rows can be ordered by this column (with `sort` and `onSortChange` on the table). */
  sortable?: boolean;
};
export type DataTableRow = { key: string; cells: ReactNode[] };

export type SortDirection = 'ascending' | 'descending';
/** Which column the rows are ordered by, and which way. */
export type TableSort = { column: string; direction: SortDirection };

export type DataTableProps = {
  /** Names the table for everyone (a `<caption>`); `captionHidden` keeps it for screen readers only. */
  caption: ReactNode;
  captionHidden?: boolean;
  /** Column headers (`<th scope="col">`); the first is the header of the row-header column. */
  columns: DataTableColumn[];
  /** The first cell of each row is its header (`<th scope="row">`). */
  rows: DataTableRow[];
  className?: string;
  /** While the rows are being replaced (a list's next page or filter). */
  busy?: boolean;
  /** The order the rows are in; a sortable column's header is then a button that reorders them. */
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
};

/** The order a press on a column's header asks for: the other way round on the sorted column, else ascending. */
function nextSort(current: TableSort | undefined, column: string): TableSort {
  return current?.column === column
    ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { column, direction: 'ascending' };
}

function SortButton({
  column,
  sort,
  onSortChange,
}: {
  column: DataTableColumn;
  sort: TableSort | undefined;
  onSortChange: (sort: TableSort) => void;
}) {
  const direction = sort?.column === column.key ? sort.direction : undefined;
  return (
    <button type="button" className="ds-data-table-sort" onClick={() => onSortChange(nextSort(sort, column.key))}>
      {column.header}
      <span aria-hidden="true" className="ds-data-table-sort-indicator">
        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
      </span>
    </button>
  );
}

/**
 * A table with real header cells, read by screen readers cell by cell with both headers. It is a plain `<table>`,
 * not an ARIA grid: every link and button in it is a stop of its own for Tab, in row order, so a result list's row
 * links are reached with Tab and opened with Enter (issue #17; a grid has one Tab stop and arrow keys inside).
 * Sortable columns have a button in their header and the sorted one says its order with `aria-sort`.
 */
export function DataTable({
  caption,
  captionHidden,
  columns,
  rows,
  className,
  busy,
  sort,
  onSortChange,
}: DataTableProps) {
  return (
    <table className={`ds-data-table${className ? ` ${className}` : ''}`} aria-busy={busy || undefined}>
      <caption className={captionHidden ? 'visually-hidden' : 'ds-data-table-caption'}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              aria-sort={sort?.column === column.key && column.sortable && onSortChange ? sort.direction : undefined}
            >
              {column.sortable && onSortChange ? (
                <SortButton column={column} sort={sort} onSortChange={onSortChange} />
              ) : (
                column.header
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <th key={columns[index]?.key ?? index} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={columns[index]?.key ?? index}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A region that scrolls sideways when its content (e.g. a wide table) is wider than the page; it can take focus,
 * so keyboard users can scroll it with the arrow keys, and is named for screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrolled region must be reachable by keyboard to be scrolled without a mouse (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a named region that scrolls is focusable on purpose
    <div className="ds-scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/**
 * A table wider than the page may be, in a `ScrollRegion` named by the table's caption (hidden, read by screen
 * readers, unless `captionHidden` is false); with `empty`, that sentence is shown instead of a table without rows.
 */
export function ScrollTable({
  caption,
  captionHidden = true,
  empty,
  ...table
}: Omit<DataTableProps, 'caption'> & { caption: string; empty?: ReactNode }) {
  if (empty !== undefined && table.rows.length === 0) return <p>{empty}</p>;
  return (
    <ScrollRegion label={caption}>
      <DataTable caption={caption} captionHidden={captionHidden} {...table} />
    </ScrollRegion>
  );
}
