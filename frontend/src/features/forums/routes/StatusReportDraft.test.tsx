import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { forum, ids, invitation, statusReport } from '../testData';
import type { StatusReport } from '../types';

const reportId = 'abababab-abab-4bab-8bab-abababababac';
const contribution = `/api/v1/status-reports/${reportId}/contributions/o1`;

function report(draftFor: string[]): StatusReport {
  return statusReport({
    id: reportId,
    themes: ['Bostäder', 'Hälsa'],
    invitations: [
      invitation('o1', 'Västerås stad', {
        draft: true,
        draftSavedAt: '2026-04-03T09:30:00Z',
        draftSavedBy: 'member.vasteras',
        entries: [{ theme: 'Bostäder', text: 'Påbörjat om bostäder.' }],
        version: 4,
      }),
    ],
    permissions: { edit: false, delete: false, compile: false, publish: false, contributeFor: ['o1'], draftFor },
  });
}

function routes(shown: StatusReport) {
  return [
    { path: `/api/v1/status-reports/${reportId}`, respond: () => json(shown, { headers: { ETag: '"3"' } }) },
    { path: `/api/v1/status-reports/${reportId}/history`, respond: () => json([]) },
    { path: `/api/v1/forums/${ids.integrationsradet}`, respond: () => json(forum, { headers: { ETag: '"4"' } }) },
    {
      method: 'PUT',
      path: contribution,
      respond: () => json(shown.invitations[0], { headers: { ETag: '"5"' } }),
    },
    ...baseRoutes(),
  ];
}

describe('a contribution saved as a draft', { timeout: 45_000 }, () => {
  it('loads the draft, saves it again as a draft, and submits it: each with the invitation’s version', async () => {
    const api = fakeApi(routes(report(['o1'])));
    const user = userEvent.setup();
    renderApp(`/status-reports/${reportId}`);
    expect(await screen.findByText(/^Utkast sparat .* av member\.vasteras$/)).toBeInTheDocument();
    expect(screen.getByText('Utkast (syns bara för er)')).toBeInTheDocument();
    const housing = screen.getByRole('textbox', { name: 'Bostäder' });
    expect(housing).toHaveValue('Påbörjat om bostäder.');
    await user.type(screen.getByRole('textbox', { name: 'Hälsa' }), 'Vårdcentralerna samverkar.');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText(/^Utkastet är sparat\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Skicka in bidraget' }));
    await waitFor(() => expect(api.calls('PUT', contribution)).toHaveLength(2));
    const [draft, submission] = api.calls('PUT', contribution);
    expect(draft.headers.get('If-Match')).toBe('"4"');
    expect(await draft.json()).toEqual({
      entries: [
        { theme: 'Bostäder', text: 'Påbörjat om bostäder.' },
        { theme: 'Hälsa', text: 'Vårdcentralerna samverkar.' },
      ],
      draft: true,
    });
    expect(((await submission.json()) as { draft: boolean }).draft).toBe(false);
    expect(await screen.findByText('Bidraget är sparat.')).toBeInTheDocument();
  });

  it('offers no draft to those who submit for an organisation not their own (the coordinator)', async () => {
    fakeApi(routes(report([])));
    renderApp(`/status-reports/${reportId}`);
    expect(await screen.findByRole('button', { name: 'Skicka in bidraget' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara utkast' })).not.toBeInTheDocument();
  });
});
