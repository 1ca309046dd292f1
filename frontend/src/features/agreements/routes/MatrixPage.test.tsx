import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, session, present } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { agreement, AGREEMENT_ID } from '../testData';

describe('responsibility matrix', () => {
  it('is a real table: caption, parties as column headers, goal areas as row headers, cells in words', async () => {
    fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement({ status: 'ADOPTED' })) },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp(`/agreements/${AGREEMENT_ID}/matrix`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ansvarsmatris' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Ansvar per målområde och part' });
    expect(table.querySelector('caption')).toHaveTextContent('Ansvar per målområde och part');

    const columns = within(table).getAllByRole('columnheader');
    // The parties grouped by kind, each group a header over its columns; organisations that are not parties last.
    const groups = columns.filter((column) => column.getAttribute('scope') === 'colgroup');
    expect(groups.map((group) => [group.textContent, group.getAttribute('colspan')])).toEqual([
      ['Länsstyrelser', '1'],
      ['Statliga myndigheter', '1'],
      ['Kommuner', '2'],
      ['Nämns men är inte part', '1'],
    ]);
    expect(
      columns.filter((column) => column.getAttribute('scope') === 'col').map((column) => column.textContent),
    ).toEqual([
      'Målområde',
      'Länsstyrelsen Västmanlands län',
      'Arbetsförmedlingen Norra Mälardalen',
      'Västerås stad',
      'Köpings kommun',
      'Civilsamhället Västmanland',
    ]);

    const rowHeader = within(table).getByRole('rowheader', { name: '3.1 Samverkan och samordning' });
    expect(rowHeader.tagName).toBe('TH');
    expect(rowHeader).toHaveAttribute('scope', 'row');
    const cells = within(present(rowHeader.closest('tr')))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      'Ansvarig, regional nivå',
      'Ansvarig, lokal nivå',
      'Övrig, regional nivå (som övrig undertecknande part)',
      'Övrig, regional nivå (som övrig undertecknande part)',
      'Övrig, lokal nivå',
    ]);

    const region = screen.getByRole('region', { name: 'Ansvarsmatris, kan rullas i sidled och i höjdled' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(table);
  });

  it('says the same as a list per goal area for a phone, parties with the same marks together', async () => {
    fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement({ status: 'ADOPTED' })) },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp(`/agreements/${AGREEMENT_ID}/matrix`);
    const area = present(
      (await screen.findByRole('heading', { level: 2, name: '3.1 Samverkan och samordning' })).closest('section'),
    );
    expect(
      within(area)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ansvarig, regional nivå Länsstyrelsen Västmanlands län',
      'Ansvarig, lokal nivå Arbetsförmedlingen Norra Mälardalen',
      'Övrig, regional nivå (som övrig undertecknande part) Västerås stad och Köpings kommun',
      'Övrig, lokal nivå Civilsamhället Västmanland',
    ]);
  });

  it('says "Inget ansvar" where a party has none', async () => {
    const document = agreement({ status: 'ADOPTED' });
    document.goalAreas = [{ ...document.goalAreas[0], responsibilities: [document.goalAreas[0].responsibilities[1]] }];
    fakeApi([{ path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(document) }, ...baseRoutes()]);
    renderApp(`/agreements/${AGREEMENT_ID}/matrix`);
    const table = await screen.findByRole('table', { name: 'Ansvar per målområde och part' });
    const cells = within(table).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Ansvarig, regional nivå');
    expect(cells[1]).toHaveTextContent('Inget ansvar');
    expect(cells[1].querySelector('.visually-hidden')).toHaveTextContent('Inget ansvar');
  });
});
