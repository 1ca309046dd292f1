import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangesTable } from './ChangesTable';

const texts = { caption: 'Ändrade fält: Avtalet ändrades', field: 'Fält', before: 'Före', after: 'Efter' };

describe('ChangesTable', () => {
  it('shows each change as a row headed by its field, with the values in words', () => {
    render(
      <ChangesTable
        changes={[
          { field: 'status', before: 'DRAFT', after: 'ADOPTED' },
          { field: 'title', after: 'Nytt avtal' },
        ]}
        texts={texts}
        label={(field) => (field === 'status' ? 'Status' : 'Titel')}
        value={(_field, raw) => (raw === undefined ? '(tomt)' : raw.toLowerCase())}
      />,
    );
    const table = screen.getByRole('table', { name: texts.caption });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Fält', 'Före', 'Efter']);
    expect(within(table).getByRole('rowheader', { name: 'Status' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['draft', 'adopted'],
      ['(tomt)', 'nytt avtal'],
    ]);
  });

  it('gives a value that JSON wrote as null to the feature as absent', () => {
    render(
      <ChangesTable
        changes={[{ field: 'note', before: null, after: 'Ny' }]}
        texts={texts}
        label={(field) => field}
        value={(_field, raw) => raw ?? '(tomt)'}
      />,
    );
    expect(screen.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['(tomt)', 'Ny']);
  });
});
