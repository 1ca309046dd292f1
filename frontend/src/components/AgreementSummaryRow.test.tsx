import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../design-system';
import { useAgreementSummaryCells, type AgreementSummaryFields } from './AgreementSummaryRow';

const agreement: AgreementSummaryFields = {
  id: '3f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  title: 'Överenskommelse om nyanländas etablering i Västmanland',
  kind: 'REGIONAL',
  status: 'CONSULTATION',
  firstYear: 2024,
  lastYear: 2027,
};

/** A list with a column of its own between the shared ones, as the agreements list puts the area there. */
function Table({ items }: { items: AgreementSummaryFields[] }) {
  const summary = useAgreementSummaryCells();
  return (
    <DataTable
      caption="Överenskommelser"
      columns={['Titel', 'Slag', 'Egen', 'Period', 'Status'].map((header) => ({ key: header, header }))}
      rows={items.map((item) => {
        const cells = summary(item);
        return { key: item.id, cells: [cells.title, cells.kind, 'egen kolumn', cells.period, cells.status] };
      })}
    />
  );
}

describe('useAgreementSummaryCells', () => {
  it('links the title to the agreement and writes kind, period and status in words', () => {
    render(<Table items={[agreement]} />);
    const table = screen.getByRole('table', { name: 'Överenskommelser' });
    expect(within(table).getByRole('link', { name: agreement.title })).toHaveAttribute(
      'href',
      `/agreements/${agreement.id}`,
    );
    const row = within(table).getAllByRole('row')[1];
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Regional överenskommelse (RÖK)', 'egen kolumn', '2024–2027', 'Under förankring']);
  });

  it('writes a one-year period once, kept on one line, and shows the status as a badge', () => {
    render(<Table items={[{ ...agreement, status: 'ADOPTED', lastYear: 2024 }]} />);
    const period = screen.getByText('2024');
    expect(period).toHaveClass('nowrap');
    expect(screen.getByText('Antagen')).toHaveClass('ds-badge--success');
  });
});
