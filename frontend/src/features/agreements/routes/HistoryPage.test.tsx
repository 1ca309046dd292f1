import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, present } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { agreement, AGREEMENT_ID, GOAL_AREA_ID } from '../testData';

const history = [
  {
    id: 12,
    at: '2026-03-15T09:05:00Z',
    actor: 'coordinator.vastmanland',
    actorClient: 'samverkan-spa',
    entityType: 'GOAL_AREA',
    entityId: GOAL_AREA_ID,
    action: 'UPDATED',
    summary: 'Updated goal area 3.1 Samverkan och samordning',
    changes: [{ field: 'strategies', before: '1. Första\n2. Andra', after: '1. Andra\n2. Första' }],
  },
  {
    id: 11,
    at: '2026-03-14T16:30:00Z',
    actor: 'service-account-agency-integration',
    actorOrganisation: '2021002163',
    actorClient: 'agency-integration',
    entityType: 'AGREEMENT',
    entityId: AGREEMENT_ID,
    action: 'STATUS_CHANGED',
    summary: 'Status DRAFT → CONSULTATION',
    changes: [
      { field: 'status', before: 'DRAFT', after: 'CONSULTATION' },
      { field: 'targetGroups', before: 'NEWLY_ARRIVED', after: 'ASYLUM_SEEKERS; NEWLY_ARRIVED' },
    ],
  },
];

describe('agreement history', () => {
  it('lists every change newest first: when (local, UTC too), who, for whom, through what, and before → after', async () => {
    fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement()) },
      { path: `/api/v1/agreements/${AGREEMENT_ID}/history`, respond: () => json(history) },
      ...baseRoutes(),
    ]);
    renderApp(`/agreements/${AGREEMENT_ID}/history`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ändringshistorik' })).toBeInTheDocument();
    const entries = within(await screen.findByRole('list', { name: 'Ändringar, den senaste först' })).getAllByRole(
      'listitem',
    );
    expect(entries).toHaveLength(2);

    const [newest, older] = entries;
    expect(within(newest).getByRole('heading', { level: 2 })).toHaveTextContent('Ett målområde ändrades');
    const time = present(newest.querySelector('time'));
    expect(time).toHaveAttribute('dateTime', '2026-03-15T09:05:00Z');
    expect(time).toHaveAttribute('title', '2026-03-15 09:05 UTC');
    expect(time.textContent).toMatch(/15 mars 2026/);
    expect(newest).toHaveTextContent('(2026-03-15 09:05 UTC)');
    expect(newest).toHaveTextContent('av coordinator.vastmanland · via webbappen');
    const strategies = within(newest).getByRole('row', { name: /Strategier/ });
    expect(
      within(strategies)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1. Första\n2. Andra', '1. Andra\n2. Första']);

    expect(older).toHaveTextContent('för organisation 202100-2163 · via systemet agency-integration');
    const status = within(older).getByRole('row', { name: /Status/ });
    expect(
      within(status)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Utkast', 'Under förankring']);
    const groups = within(older).getByRole('row', { name: /Målgrupper/ });
    expect(
      within(groups)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Nyanlända', 'Asylsökande, Nyanlända']);
    expect(within(older).getByText('Status DRAFT → CONSULTATION')).toHaveAttribute('lang', 'en');
  });
});
