import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allowDownloads, baseRoutes, fakeApi, json, searchesOf } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import { survey, SURVEY_ID } from '../testData';
import type { Results, Survey } from '../types';

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

const HOUSING = '71000000-0000-4000-8000-000000000001';
const WORK = '71000000-0000-4000-8000-000000000002';

/** An open survey whose coordinator writes the summaries: housing has one, work none yet. */
const summarised = survey({
  status: 'OPEN',
  themes: [
    { id: HOUSING, title: 'Boende', summary: 'Bostadsbrist.', questions: [] },
    { id: WORK, title: 'Arbete', questions: [] },
  ],
  permissions: {
    update: false,
    statusChanges: [],
    copy: false,
    summarise: true,
    readResults: true,
    export: true,
    followCounties: [],
  },
});

/** The survey behind GET and its summaries behind PUT …/summaries, checking If-Match as the server does. */
function summariesResource() {
  const resource = versionedResource(path, summarised, {
    writePath: `${path}/summaries`,
    write: (stored, body) => {
      const { summaries } = body as { summaries: { themeId: string; text: string }[] };
      return {
        ...stored,
        themes: stored.themes.map((theme) => ({
          ...theme,
          summary: summaries.find((summary) => summary.themeId === theme.id)?.text || undefined,
        })),
      };
    },
  });
  const api = fakeApi([...resource.routes, { path: `${path}/results`, respond: () => json(results) }, ...baseRoutes()]);
  return { resource, api };
}

const summaryOf = (stored: Survey, theme: string) => stored.themes.find((t) => t.id === theme)?.summary;

describe('the summaries per theme', () => {
  it('on 412 shows the summary someone else saved and re-applies mine with the new ETag', async () => {
    const { resource, api } = summariesResource();
    const user = userEvent.setup();
    renderApp(`/surveys/${ID}/results`);
    await user.type(await screen.findByRole('textbox', { name: 'Läget: Arbete' }), 'Fler har arbete.');
    resource.changeMeanwhile({
      themes: summarised.themes.map((theme) =>
        theme.id === HOUSING ? { ...theme, summary: 'Bostadsbristen minskar.' } : theme,
      ),
    });
    await user.click(screen.getByRole('button', { name: 'Spara sammanfattningarna' }));

    expect(await conflictRow(/^Läget: Boende/)).toEqual([
      'Bostadsbristen minskar.',
      'Bostadsbrist.',
      'Bostadsbristen minskar.',
    ]);
    expect(screen.getByText('Du har ändrat: Läget: Arbete.')).toBeInTheDocument();
    await user.click(reapplyButton());

    expect(await screen.findByText('Sammanfattningarna är sparade.')).toBeInTheDocument();
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
    expect(api.calls('PUT', `${path}/summaries`).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(summaryOf(resource.stored, HOUSING)).toBe('Bostadsbristen minskar.');
    expect(summaryOf(resource.stored, WORK)).toBe('Fler har arbete.');
    const form = screen.getByRole('region', { name: 'Sammanfattningar per tema' });
    expect(within(form).getByRole('textbox', { name: 'Läget: Boende' })).toHaveValue('Bostadsbristen minskar.');
  });

  it('saves the summaries with the version read and goes on from the version saved', async () => {
    const { resource, api } = summariesResource();
    const user = userEvent.setup();
    renderApp(`/surveys/${ID}/results`);
    const housing = await screen.findByRole('textbox', { name: 'Läget: Boende' });
    await user.clear(housing);
    await user.type(housing, 'Bostäder saknas för stora familjer.');
    await user.click(screen.getByRole('button', { name: 'Spara sammanfattningarna' }));
    expect(await screen.findByText('Sammanfattningarna är sparade.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Läget: Arbete' }), 'Fler har arbete.');
    await user.click(screen.getByRole('button', { name: 'Spara sammanfattningarna' }));
    await waitFor(() => expect(summaryOf(resource.stored, WORK)).toBe('Fler har arbete.'));
    expect(api.calls('PUT', `${path}/summaries`).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(summaryOf(resource.stored, HOUSING)).toBe('Bostäder saknas för stora familjer.');
  });
});
