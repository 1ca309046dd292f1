import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import { ids, statusReport } from '../testData';

const reportId = 'cdcdcdcd-cdcd-4dcd-8dcd-cdcdcdcdcdcd';
const report = statusReport({
  id: reportId,
  themes: ['Bostäder', 'Arbete'],
  dueOn: '2026-05-15',
  agendaItem: { id: 'ag1', title: 'Lägesrapport', meetingId: ids.meeting, meetingDate: '2026-06-10' },
});

describe('editing a status report', { timeout: 45_000 }, () => {
  it('replaces title, period and due date with the ETag read, keeping themes and agenda point', async () => {
    let current = report;
    const api = fakeApi([
      {
        path: `/api/v1/status-reports/${reportId}`,
        respond: () => json(current, { headers: { ETag: `"${current.version}"` } }),
      },
      {
        method: 'PUT',
        path: `/api/v1/status-reports/${reportId}`,
        respond: () => {
          current = { ...report, title: 'Lägesrapport kvartal 3', quarter: 3, dueOn: '2026-08-31', version: 4 };
          return json(current, { headers: { ETag: '"4"' } });
        },
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/status-reports/${reportId}`);
    await user.click(await screen.findByText('Ändra lägesrapporten'));
    const title = screen.getByRole('textbox', { name: /^Rubrik/ });
    await user.clear(title);
    await user.type(title, 'Lägesrapport kvartal 3');
    const quarter = screen.getByRole('textbox', { name: /^Kvartal/ });
    await user.clear(quarter);
    await user.type(quarter, '3');
    const due = screen.getByLabelText(/^Bidrag senast/);
    await user.clear(due);
    await user.type(due, '2026-08-31');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument();
    const [request] = api.calls('PUT', `/api/v1/status-reports/${reportId}`);
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual({
      year: 2026,
      quarter: 3,
      title: 'Lägesrapport kvartal 3',
      themes: ['Bostäder', 'Arbete'],
      dueOn: '2026-08-31',
      agendaItemId: 'ag1',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lägesrapport kvartal 3' })).toBeInTheDocument();
  });

  it('shows the themes someone else saved meanwhile and re-applies my title onto them with the new ETag', async () => {
    const resource = versionedResource(`/api/v1/status-reports/${reportId}`, report);
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/status-reports/${reportId}`);
    await user.click(await screen.findByText('Ändra lägesrapporten'));
    const title = screen.getByRole('textbox', { name: /^Rubrik/ });
    await user.clear(title);
    await user.type(title, 'Lägesrapport kvartal 2, reviderad');
    resource.changeMeanwhile({ themes: ['Bostäder', 'Arbete', 'Hälsa'] });
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    expect(await conflictRow(/^Teman/)).toEqual([
      'Bostäder\nArbete\nHälsa',
      'Bostäder\nArbete',
      'Bostäder\nArbete\nHälsa',
    ]);
    expect(screen.getByText('Du har ändrat: Rubrik.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument();
    const puts = api.calls('PUT', `/api/v1/status-reports/${reportId}`);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(resource.stored).toMatchObject({
      version: 5,
      title: 'Lägesrapport kvartal 2, reviderad',
      themes: ['Bostäder', 'Arbete', 'Hälsa'],
      agendaItemId: 'ag1',
    });
    // The form starts again from the version saved: a second save goes with its ETag.
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    await waitFor(() => expect(api.calls('PUT', `/api/v1/status-reports/${reportId}`)).toHaveLength(3));
    expect(api.calls('PUT', `/api/v1/status-reports/${reportId}`)[2].headers.get('If-Match')).toBe('"5"');
  });

  it('offers no edit once the report is compiled', async () => {
    fakeApi([
      {
        path: `/api/v1/status-reports/${reportId}`,
        respond: () => json({ ...report, status: 'COMPILED' }, { headers: { ETag: '"3"' } }),
      },
      ...baseRoutes(),
    ]);
    renderApp(`/status-reports/${reportId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lägesrapport kvartal 2' })).toBeInTheDocument();
    expect(screen.queryByText('Ändra lägesrapporten')).not.toBeInTheDocument();
  });
});
