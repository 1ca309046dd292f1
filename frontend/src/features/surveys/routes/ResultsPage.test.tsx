import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allowDownloads, baseRoutes, fakeApi, json, searchesOf } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import type { Results, Survey } from '../types';

const ID = '60000000-0000-4000-8000-000000000001';
const path = `/api/v1/surveys/${ID}`;

const survey: Survey = {
  id: ID,
  countyCode: '19',
  countyName: 'Västmanlands län',
  title: 'Lägesbild 2026',
  year: 2026,
  opensOn: '2026-09-01',
  closesOn: '2026-10-31',
  includeRegion: false,
  status: 'CLOSED',
  themes: [],
  recipients: [],
  version: 3,
  createdAt: '2026-08-01T08:00:00Z',
  createdBy: 'coordinator.vastmanland',
  updatedAt: '2026-08-01T08:00:00Z',
  updatedBy: 'coordinator.vastmanland',
  permissions: {
    update: false,
    statusChanges: [],
    copy: false,
    summarise: false,
    readResults: true,
    export: true,
    followCounties: [],
  },
};

const results: Results = {
  surveyId: ID,
  title: 'Lägesbild 2026',
  year: 2026,
  countyCode: '19',
  status: 'CLOSED',
  recipients: 10,
  answered: 0,
  responseRate: 0,
  answeredBy: [],
  notAnswered: [],
  internal: true,
  sampleData: false,
  themes: [],
};

describe('survey results page', () => {
  it('offers the aggregates and every answer as CSV for Swedish Excel and as RFC 4180 CSV', async () => {
    allowDownloads();
    const api = fakeApi([
      { path, respond: () => json(survey, { headers: { ETag: '"3"' } }) },
      { path: `${path}/results`, respond: () => json(results) },
      { path: `${path}/results.csv`, respond: () => new Response('theme\r\n') },
      { path: `${path}/answers.csv`, respond: () => new Response('organisation\r\n') },
      ...baseRoutes(),
    ]);
    renderApp(`/surveys/${ID}/results`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sammanställningen som CSV för Excel (svenska)' }));
    await user.click(screen.getByRole('button', { name: 'Sammanställningen som CSV (RFC 4180)' }));
    await user.click(screen.getByRole('button', { name: 'Alla svar som CSV för Excel (svenska)' }));
    await user.click(screen.getByRole('button', { name: 'Alla svar som CSV (RFC 4180)' }));
    await waitFor(() => {
      expect(searchesOf(api, `${path}/answers.csv`)).toEqual(['?dialect=excel-sv', '?dialect=rfc4180']);
    });
    expect(searchesOf(api, `${path}/results.csv`)).toEqual(['?dialect=excel-sv', '?dialect=rfc4180']);
  });
});
