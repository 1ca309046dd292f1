import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allowDownloads, baseRoutes, fakeApi, json, searchesOf, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import type { NationalFigures, NationalOverview } from '../types';

const figures = (regional: number, withLok: number, municipalities: number): NationalFigures => ({
  agreementsInForce: { regional, local: withLok, strategy: 0, cooperationPlan: 1 },
  municipalities,
  municipalitiesWithLok: withLok,
  followUp: { onTrack: 2, partly: 1, notOnTrack: 0, notAssessed: 3 },
  openActionItems: 4,
  overdueActionItems: 1,
});

const overview = (internal: boolean): NationalOverview => ({
  year: 2021,
  internal,
  counties: [
    {
      countyCode: '19',
      countyName: 'Västmanlands län',
      figures: { ...figures(1, 1, 2), agreementsInPreparation: internal ? 5 : null },
    },
    { countyCode: '14', countyName: 'Västra Götalands län', figures: figures(0, 0, 1) },
  ],
  totals: figures(1, 1, 3),
  municipalities: [
    { code: '1980', name: 'Västerås', countyCode: '19', lokAgreementId: 'lok-1', lokTitle: 'LÖK Västerås' },
    { code: '1984', name: 'Arboga', countyCode: '19', lokAgreementId: null, lokTitle: null },
    { code: '1480', name: 'Göteborg', countyCode: '14', lokAgreementId: null, lokTitle: null },
  ],
});

const values = {
  year: 2021,
  internal: false,
  total: 1,
  page: 0,
  size: 50,
  items: [
    {
      indicatorId: 'i1',
      indicator: 'Andel i arbete',
      unit: '%',
      koladaKpi: null,
      countyCode: '19',
      countyName: 'Västmanlands län',
      agreementId: 'a1',
      agreement: 'RÖK',
      municipalityCode: '1980',
      municipalityName: 'Västerås',
      total: 50,
      women: 45,
      men: 55,
      sample: true,
    },
  ],
};

function routes(internal = false) {
  return [
    { path: '/api/v1/national', respond: () => json(overview(internal)) },
    { path: '/api/v1/national/indicator-values', respond: () => json(values) },
  ];
}

describe('national pages', () => {
  it('shows the counties side by side with the totals, and indicator values by gender', async () => {
    const api = fakeApi([...routes(), ...baseRoutes(session({ authenticated: false }))]);
    renderApp('/national?year=2021');
    expect(await screen.findByRole('heading', { level: 1, name: 'Länen i jämförelse' })).toBeInTheDocument();
    const row = within(
      (await screen.findByRole('rowheader', { name: 'Västmanlands län' })).closest('tr') as HTMLElement,
    );
    expect(row.getByText('1 av 2')).toBeInTheDocument();
    expect(row.getByText('4 (1 försenade)')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Hela landet' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Under arbete' })).not.toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/national')[0]?.url).toContain('year=2021');
    const value = within(
      (await screen.findByRole('rowheader', { name: /Andel i arbete/ })).closest('tr') as HTMLElement,
    );
    expect(value.getByText('Exempeldata')).toBeInTheDocument();
    expect(value.getByRole('cell', { name: '45' })).toBeInTheDocument();
    expect(value.getByRole('cell', { name: '55' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Karta över LÖK i kommunerna' })).toHaveAttribute(
      'href',
      '/national/lok-map?year=2021',
    );
  });

  it('shows a national reader the internal column and says so', async () => {
    fakeApi([...routes(true), ...baseRoutes()]);
    renderApp('/national?year=2021');
    expect(await screen.findByText('Även uppgifter som inte är offentliga')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Under arbete' })).toBeInTheDocument();
    const row = within(screen.getByRole('rowheader', { name: 'Västmanlands län' }).closest('tr') as HTMLElement);
    expect(row.getByRole('cell', { name: '5' })).toBeInTheDocument();
  });

  it('offers the comparison as CSV for Swedish Excel and as RFC 4180 CSV', async () => {
    allowDownloads();
    const api = fakeApi([
      ...routes(),
      { path: '/api/v1/national.csv', respond: () => new Response('year\r\n') },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp('/national?year=2021');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ladda ner jämförelsen för Excel (CSV, svenska)' }));
    await user.click(screen.getByRole('button', { name: 'Ladda ner jämförelsen som CSV (RFC 4180)' }));
    await waitFor(() => {
      expect(searchesOf(api, '/api/v1/national.csv')).toEqual([
        '?year=2021&dialect=excel-sv',
        '?year=2021&dialect=rfc4180',
      ]);
    });
  });

  it('shows the LÖK map as tiles per county, and the same as a table', async () => {
    fakeApi([...routes(), ...baseRoutes(session({ authenticated: false }))]);
    renderApp('/national/lok-map?year=2021');
    expect(await screen.findByText('1 av 3 kommuner har en LÖK i kraft 2021.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Västerås: LÖK i kraft, LÖK Västerås' })).toHaveAttribute(
      'href',
      '/agreements/lok-1',
    );
    expect(screen.getByLabelText('Arboga: ingen LÖK i kraft')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Tabell' }));
    const row = within((await screen.findByRole('rowheader', { name: 'Göteborg' })).closest('tr') as HTMLElement);
    expect(row.getByText('Ingen LÖK i kraft')).toBeInTheDocument();
    expect(row.getByText('Västra Götalands län')).toBeInTheDocument();
  });
});
