import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScrollTable } from './index';

const columns = [
  { key: 'name', header: 'Namn' },
  { key: 'town', header: 'Ort' },
];

describe('ScrollTable', () => {
  it('is a table named by its hidden caption, in a focusable region of the same name', () => {
    render(<ScrollTable caption="Personer" columns={columns} rows={[{ key: 'a', cells: ['Anna', 'Köping'] }]} />);
    const region = screen.getByRole('region', { name: 'Personer' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Personer' });
    expect(table.querySelector('caption')).toHaveClass('visually-hidden');
    expect(within(table).getByRole('rowheader', { name: 'Anna' })).toBeInTheDocument();
  });

  it('says its empty sentence instead of a table without rows', () => {
    render(<ScrollTable caption="Personer" empty="Inga personer." columns={columns} rows={[]} />);
    expect(screen.getByText('Inga personer.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('shows its caption when told to', () => {
    render(<ScrollTable caption="Personer" captionHidden={false} columns={columns} rows={[]} />);
    expect(screen.getByRole('table', { name: 'Personer' }).querySelector('caption')).toHaveClass(
      'ds-data-table-caption',
    );
  });

  it('shows a table without rows when it has no empty sentence', () => {
    render(<ScrollTable caption="Personer" columns={columns} rows={[]} />);
    expect(screen.getByRole('table', { name: 'Personer' })).toBeInTheDocument();
  });
});
