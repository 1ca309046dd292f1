import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DataTable, type TableSort } from './index';

const people = [
  { id: 'a', name: 'Anna', town: 'Köping' },
  { id: 'b', name: 'Bertil', town: 'Västerås' },
  { id: 'c', name: 'Cecilia', town: 'Arboga' },
];

function People({ initial }: { initial?: TableSort }) {
  const [sort, setSort] = useState<TableSort | undefined>(initial);
  const rows = [...people].sort((left, right) => {
    if (!sort) return 0;
    const key = sort.column === 'town' ? 'town' : 'name';
    const order = left[key].localeCompare(right[key], 'sv');
    return sort.direction === 'ascending' ? order : -order;
  });
  return (
    <>
      <input aria-label="Sök" />
      <DataTable
        caption="Personer"
        captionHidden
        sort={sort}
        onSortChange={setSort}
        columns={[
          { key: 'name', header: 'Namn', sortable: true },
          { key: 'town', header: 'Ort', sortable: true },
          { key: 'note', header: 'Anteckning' },
        ]}
        rows={rows.map((person) => ({
          key: person.id,
          cells: [
            <a key="name" href={`/people/${person.id}`}>
              {person.name}
            </a>,
            person.town,
            '',
          ],
        }))}
      />
      <button type="button">Nästa sida</button>
    </>
  );
}

describe('DataTable', () => {
  it('is a table with column and row headers, named by its caption', () => {
    render(<People />);
    const table = screen.getByRole('table', { name: 'Personer' });
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Namn↕', 'Ort↕', 'Anteckning']);
    expect(within(table).getByRole('rowheader', { name: 'Bertil' })).toBeInTheDocument();
  });

  it('lets Tab reach every row link in row order, after the sort buttons, and then leave the table', async () => {
    const user = userEvent.setup();
    render(<People initial={{ column: 'name', direction: 'ascending' }} />);
    screen.getByRole('textbox', { name: 'Sök' }).focus();
    const stops: string[] = [];
    for (let press = 0; press < 6; press++) {
      await user.tab();
      const focused = document.activeElement;
      stops.push(`${focused?.tagName.toLowerCase() ?? ''} ${focused?.textContent ?? ''}`);
    }
    expect(stops).toEqual(['button Namn▲', 'button Ort↕', 'a Anna', 'a Bertil', 'a Cecilia', 'button Nästa sida']);
  });

  it('reorders by a sortable column, says the order with aria-sort and turns it round on a second press', async () => {
    const user = userEvent.setup();
    render(<People initial={{ column: 'name', direction: 'ascending' }} />);
    const table = screen.getByRole('table', { name: 'Personer' });
    const header = (name: string) => within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) });
    const links = () =>
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent);
    expect(header('Namn')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Ort')).not.toHaveAttribute('aria-sort');
    expect(within(header('Anteckning')).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(header('Ort')).getByRole('button'));
    expect(links()).toEqual(['Cecilia', 'Anna', 'Bertil']);
    expect(header('Ort')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Namn')).not.toHaveAttribute('aria-sort');

    // With the keyboard: Enter on the focused header button.
    within(header('Ort')).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(links()).toEqual(['Bertil', 'Anna', 'Cecilia']);
    expect(header('Ort')).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows plain headers when nobody can reorder the rows', () => {
    render(
      <DataTable
        caption="Fakta"
        columns={[{ key: 'what', header: 'Vad', sortable: true }]}
        rows={[{ key: '1', cells: ['Ett'] }]}
      />,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Vad' })).not.toHaveAttribute('aria-sort');
  });
});
