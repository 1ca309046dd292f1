import type { ReactNode } from 'react';
import './DataTable.css';

export type DataTableColumn = { key: string; header: ReactNode };
export type DataTableRow = { key: string; cells: ReactNode[] };

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
};

/**
 * A static table of facts with real header cells, read by screen readers cell by cell with both headers (unlike
 * the interactive `Table`, which is a grid for choosing rows).
 */
export function DataTable({ caption, captionHidden, columns, rows, className, busy }: DataTableProps) {
  return (
    <table className={`ds-data-table${className ? ` ${className}` : ''}`} aria-busy={busy || undefined}>
      <caption className={captionHidden ? 'visually-hidden' : 'ds-data-table-caption'}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.header}
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
