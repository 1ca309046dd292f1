import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import type { ResultsReport, ResultsReportPart, ResultsReportPartInput } from '../types';

const ID = '7b1c1d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d';
const path = `/api/v1/results-reports/${ID}`;

function report(parts: ResultsReportPart[] = []): ResultsReport {
  return {
    id: ID,
    countyCode: '19',
    countyName: 'Västmanland',
    year: 2022,
    status: 'DRAFT',
    parts: (['SITUATION_REPORTS', 'PREPAREDNESS_AND_CAPACITY'] as const).map(
      (assignment) => parts.find((given) => given.assignment === assignment) ?? { assignment },
    ),
    permissions: { edit: true, approve: true, readHistory: false },
    updatedAt: '2026-01-10T09:00:00Z',
    updatedBy: 'coordinator.vastmanland',
    version: 3,
  };
}

/** The server's write: the parts sent replace those of the same assignment, the others stay. */
function writeParts(stored: ResultsReport, body: unknown): ResultsReport {
  const { parts } = body as { parts: ResultsReportPartInput[] };
  return {
    ...stored,
    parts: stored.parts.map((part) => parts.find((sent) => sent.assignment === part.assignment) ?? part),
  };
}

const part = (name: string) => screen.getByRole('group', { name });
const textbox = (group: string, name: string) => within(part(group)).getByRole('textbox', { name });

describe('results report parts', () => {
  it('saves every part with If-Match and goes on from the version saved', async () => {
    const resource = versionedResource(path, report(), { writePath: `${path}/parts`, write: writeParts });
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/results-reports/${ID}`);
    await user.type(await waitFor(() => textbox('Lägesbilder', 'Länets bedömning')), 'God lägesbild.');
    await user.click(screen.getByRole('button', { name: 'Spara delarna' }));

    expect(await screen.findByText('Delarna är sparade.')).toBeInTheDocument();
    const [put] = api.calls('PUT', `${path}/parts`);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({
      parts: [
        { assignment: 'SITUATION_REPORTS', assessment: 'God lägesbild.', successFactors: '', areasToDevelop: '' },
        { assignment: 'PREPAREDNESS_AND_CAPACITY', assessment: '', successFactors: '', areasToDevelop: '' },
      ],
    });
    await user.type(textbox('Beredskap och kapacitet i mottagandet av nyanlända', 'Framgångsfaktorer'), 'Samverkan.');
    await user.click(screen.getByRole('button', { name: 'Spara delarna' }));
    await waitFor(() => expect(api.calls('PUT', `${path}/parts`)).toHaveLength(2));
    expect(api.calls('PUT', `${path}/parts`)[1].headers.get('If-Match')).toBe('"4"');
    expect(resource.stored.parts[1]).toMatchObject({ successFactors: 'Samverkan.' });
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
  });

  it('shows what someone else saved meanwhile and re-applies my changes with the new ETag', async () => {
    const resource = versionedResource(path, report(), { writePath: `${path}/parts`, write: writeParts });
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/results-reports/${ID}`);
    await user.type(await waitFor(() => textbox('Lägesbilder', 'Länets bedömning')), 'Min bedömning.');
    resource.changeMeanwhile({
      parts: [
        { assignment: 'SITUATION_REPORTS', assessment: 'Kollegans bedömning.' },
        { assignment: 'PREPAREDNESS_AND_CAPACITY', areasToDevelop: 'Boendet.' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Spara delarna' }));

    expect(await conflictRow(/^Lägesbilder: Länets bedömning/)).toEqual([
      'Kollegans bedömning.',
      'Min bedömning.',
      'Min bedömning.',
    ]);
    expect(await conflictRow(/^Beredskap och kapacitet i mottagandet av nyanlända: Utvecklingsområden/)).toEqual([
      'Boendet.',
      '(tomt)',
      'Boendet.',
    ]);
    expect(screen.getByText('Du har ändrat: Lägesbilder: Länets bedömning.')).toBeInTheDocument();
    await user.click(reapplyButton());

    expect(await screen.findByText('Delarna är sparade.')).toBeInTheDocument();
    expect(api.calls('PUT', `${path}/parts`).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(resource.stored.parts).toEqual([
      { assignment: 'SITUATION_REPORTS', assessment: 'Min bedömning.', successFactors: '', areasToDevelop: '' },
      { assignment: 'PREPAREDNESS_AND_CAPACITY', assessment: '', successFactors: '', areasToDevelop: 'Boendet.' },
    ]);
    // The form shows what was saved, their text kept beside mine.
    expect(textbox('Beredskap och kapacitet i mottagandet av nyanlända', 'Utvecklingsområden')).toHaveValue('Boendet.');
  });

  it('reads the latest version when I drop my changes', async () => {
    const resource = versionedResource(path, report(), { writePath: `${path}/parts`, write: writeParts });
    fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/results-reports/${ID}`);
    await user.type(await waitFor(() => textbox('Lägesbilder', 'Länets bedömning')), 'Min bedömning.');
    resource.changeMeanwhile({ parts: [{ assignment: 'SITUATION_REPORTS', assessment: 'Kollegans bedömning.' }] });
    await user.click(screen.getByRole('button', { name: 'Spara delarna' }));
    await user.click(await screen.findByRole('button', { name: 'Läs in senaste versionen' }));
    expect(textbox('Lägesbilder', 'Länets bedömning')).toHaveValue('Kollegans bedömning.');
    expect(screen.getByText(/Den senaste versionen är inläst/)).toBeInTheDocument();
  });

  it('names the part a refused text belongs to', async () => {
    fakeApi([
      ...versionedResource(path, report()).routes.slice(0, 1),
      {
        method: 'PUT',
        path: `${path}/parts`,
        respond: () =>
          problem(400, 'validation', 'Invalid input', [
            { field: 'parts[1].assessment', message: 'får vara högst 20000 tecken' },
          ]),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/results-reports/${ID}`);
    await user.click(await screen.findByRole('button', { name: 'Spara delarna' }));
    const summary = await screen.findByRole('link', {
      name: /Beredskap och kapacitet i mottagandet av nyanlända: Länets bedömning/,
    });
    expect(summary).toBeInTheDocument();
  });
});
