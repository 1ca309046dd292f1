import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allowDownloads, baseRoutes, fakeApi, json, searchesOf } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { survey, SURVEY_ID } from '../testData';
import type { Results } from '../types';

const ID = SURVEY_ID;
const path = `/api/v1/surveys/${ID}`;

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
      { path, respond: () => json(survey(), { headers: { ETag: '"3"' } }) },
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
