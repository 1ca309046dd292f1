import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { agreement, AGREEMENT_ID } from '../testData';

const OLDER_ID = '10000000-0000-4000-8000-000000000021';
const older = {
  id: OLDER_ID,
  title: 'Samverkan i Västra Götaland',
  kind: 'COOPERATION_PLAN',
  firstYear: 2021,
  lastYear: 2021,
  status: 'SUPERSEDED',
};
const newer = {
  id: AGREEMENT_ID,
  title: 'Samverkan i Västra Götaland',
  kind: 'COOPERATION_PLAN',
  firstYear: 2024,
  lastYear: 2024,
  status: 'EXPIRED',
};

const comparison = {
  from: older,
  to: newer,
  fields: [{ field: 'period', before: '2021–2021', after: '2024–2024' }],
  goalAreas: [
    {
      number: '1',
      title: 'Arbetsmarknad och utbildning',
      change: 'CHANGED',
      fields: [],
      strategiesAdded: [],
      strategiesRemoved: [],
      focusYearBefore: 2021,
      focusYearAfter: 2024,
      focusAdded: ['Främja övergång till studier'],
      focusRemoved: ['Personer med kort utbildning'],
    },
    {
      number: '5',
      title: 'Ny fråga',
      change: 'ADDED',
      fields: [],
      strategiesAdded: ['En strategi'],
      strategiesRemoved: [],
      focusAdded: [],
      focusRemoved: [],
    },
    {
      number: '2',
      title: 'Hälsa',
      change: 'UNCHANGED',
      fields: [],
      strategiesAdded: [],
      strategiesRemoved: [],
      focusAdded: [],
      focusRemoved: [],
    },
  ],
  partiesAdded: [{ id: 'p1', name: 'Statens servicecenter' }],
  partiesRemoved: [{ id: 'p2', name: 'Fyrbodals kommunalförbund' }],
};

describe('revision comparison', () => {
  it('compares with the version it supersedes by default, and says what changed in words', async () => {
    const api = fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement({ supersedes: older as never })) },
      { path: `/api/v1/agreements/${AGREEMENT_ID}/comparison`, respond: () => json(comparison) },
      ...baseRoutes(),
    ]);
    renderApp(`/agreements/${AGREEMENT_ID}/compare`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jämförelse mellan versioner' })).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Ändrade uppgifter' });
    expect(
      new URL(api.calls('GET', `/api/v1/agreements/${AGREEMENT_ID}/comparison`)[0].url).searchParams.get('with'),
    ).toBe(OLDER_ID);

    expect(screen.getByRole('link', { name: 'Samverkan i Västra Götaland (2021)' })).toHaveAttribute(
      'href',
      `/agreements/${OLDER_ID}`,
    );
    const period = screen.getByRole('row', { name: /Period/ });
    expect(
      within(period)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2021–2021', '2024–2024']);

    const changed = screen.getByRole('region', { name: /1 Arbetsmarknad och utbildning/ });
    expect(within(changed).getByText('Ändrat')).toHaveClass('ds-badge');
    expect(within(changed).getByRole('heading', { name: 'Nytt särskilt fokus 2024' })).toBeInTheDocument();
    expect(
      within(changed).getByRole('heading', { name: 'Särskilt fokus 2021 som inte finns kvar' }),
    ).toBeInTheDocument();
    expect(within(changed).getByText('Personer med kort utbildning')).toBeInTheDocument();
    const added = screen.getByRole('region', { name: /5 Ny fråga/ });
    expect(within(added).getByText('Nytt')).toBeInTheDocument();
    expect(within(added).getByText('En strategi')).toBeInTheDocument();
    expect(screen.getByText('Oförändrade målområden: 2 Hälsa.')).toBeInTheDocument();

    expect(screen.getByRole('heading', { name: 'Nya parter' }).nextElementSibling).toHaveTextContent(
      'Statens servicecenter',
    );
    expect(screen.getByRole('heading', { name: 'Parter som inte längre är med' }).nextElementSibling).toHaveTextContent(
      'Fyrbodals kommunalförbund',
    );
  });

  it('says so when there is no other version', async () => {
    fakeApi([{ path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement()) }, ...baseRoutes()]);
    renderApp(`/agreements/${AGREEMENT_ID}/compare`);
    expect(
      await screen.findByText('Det finns ingen annan version av överenskommelsen att jämföra med.'),
    ).toBeInTheDocument();
  });
});
