import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const AREA = '20000000-0000-4000-8000-000000000036';
const AGREEMENT = '10000000-0000-4000-8000-000000000001';
const PROJECT = '70000000-0000-4000-8000-000000000001';

const total = (key: string, label: string, amount: string, projects: number) => ({ key, label, amount, projects });

describe('a goal area’s projects', () => {
  it('names the goal area, leads back to its agreement and says the money stated for it, with the projects', async () => {
    const api = fakeApi([
      {
        path: '/api/v1/funding/projects',
        respond: () =>
          json({
            items: [
              {
                id: PROJECT,
                name: 'Bosättning Västmanland',
                countyCode: '19',
                status: 'COMPLETED',
                budgetTotal: '0.00',
                sources: ['Utvecklingsmedel § 37'],
              },
            ],
            total: 1,
            page: 0,
            size: 25,
            goalArea: {
              id: AREA,
              number: '3.6',
              title: 'Bosättning',
              agreementId: AGREEMENT,
              agreementTitle: 'Regional överenskommelse Västmanland 2016–2020',
            },
          }),
      },
      {
        path: '/api/v1/funding/summary',
        respond: () =>
          json({
            total: '1234568.19',
            byProgramme: [],
            byGoalArea: [total(AREA, '3.6 Bosättning', '1234568.19', 2), total('other', '3.2 Hälsa', '0.30', 1)],
            byMunicipality: [],
            byYear: [],
            appliedGranted: [],
            permissions: { createProgramme: false, createCall: false, createProject: false },
          }),
      },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp(`/funding/projects?goalArea=${AREA}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Projekt som tjänar 3.6 Bosättning' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Regional överenskommelse Västmanland 2016–2020/ })).toHaveAttribute(
      'href',
      `/agreements/${AGREEMENT}`,
    );
    expect(await screen.findByText('Angivna belopp för målområdet: 1 234 568,19 kr i 2 projekt')).toBeVisible();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('link', { name: 'Bosättning Västmanland' })).toHaveAttribute(
      'href',
      `/funding/projects/${PROJECT}`,
    );
    expect(new URL(api.calls('GET', '/api/v1/funding/projects')[0].url).searchParams.get('goalArea')).toBe(AREA);
  });
});
