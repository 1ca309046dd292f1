import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const catalogue = {
  datasets: [
    {
      slug: 'agreements',
      titleSv: 'Överenskommelser',
      titleEn: 'Agreements',
      descriptionSv: 'Antagna överenskommelser.',
      descriptionEn: 'Adopted agreements.',
      rows: 1234,
      csv: '/api/v1/open-data/agreements.csv',
      json: '/api/v1/open-data/agreements.json',
      schema: '/api/v1/open-data/agreements/schema',
    },
  ],
  license: 'http://creativecommons.org/publicdomain/zero/1.0/',
  licenseName: 'CC0 1.0 Universal (Public Domain Dedication)',
  publisher: 'Samverkan (exempelutgivare, demo)',
  modified: '2026-12-03T10:00:00Z',
  dcat: '/api/v1/open-data/catalog.jsonld',
  dcatTurtle: '/api/v1/open-data/catalog.ttl',
  feeds: [
    { kind: 'AGREEMENTS', href: '/api/v1/open-data/agreements.atom' },
    { kind: 'MINUTES', href: '/api/v1/open-data/minutes.atom' },
  ],
};

describe('open data', () => {
  it('lists the datasets with their downloads, the licence and the feeds, per county on request', async () => {
    fakeApi([
      { path: '/api/v1/open-data', respond: () => json(catalogue) },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp('/open-data');
    expect(await screen.findByRole('heading', { level: 1, name: 'Öppna data' })).toBeInTheDocument();
    const row = (await screen.findByRole('rowheader', { name: 'Överenskommelser' })).closest('tr');
    expect(row).not.toBeNull();
    const cells = within(row as HTMLElement);
    expect(cells.getByRole('link', { name: 'CSV: Överenskommelser' })).toHaveAttribute(
      'href',
      '/api/v1/open-data/agreements.csv',
    );
    expect(cells.getByRole('link', { name: 'Schema: Överenskommelser' })).toBeInTheDocument();
    expect(cells.getByText(/1\s?234/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /CC0 1\.0/ })).toHaveAttribute('rel', 'license noopener noreferrer');
    expect(screen.getByRole('link', { name: 'samma i Turtle' })).toHaveAttribute(
      'href',
      '/api/v1/open-data/catalog.ttl',
    );
    expect(screen.queryByRole('link', { name: 'Webbhooks och leveranser' })).not.toBeInTheDocument();

    const minutes = screen.getByRole('link', { name: 'Publicerade protokoll (Atom)' });
    expect(minutes).toHaveAttribute('href', '/api/v1/open-data/minutes.atom');
    await userEvent.click(screen.getByRole('button', { name: /Flöden för/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Västmanlands län' }));
    expect(minutes).toHaveAttribute('href', '/api/v1/open-data/minutes.atom?county=19');
  });
});
