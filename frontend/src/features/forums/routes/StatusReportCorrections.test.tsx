import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { forum, ids, invitation, statusReport } from '../testData';

const reportId = 'abababab-abab-4bab-8bab-abababababab';
const report = statusReport({
  id: reportId,
  invitations: [
    invitation('o1', 'Västerås stad'),
    invitation('o2', 'Köpings kommun', { version: 2 }),
    invitation('o3', 'Sala kommun', { submitted: true, version: 1 }),
  ],
});

describe('correcting a status report', { timeout: 45_000 }, () => {
  it('withdraws every unanswered invitation with "select all", each with its version', async () => {
    const api = fakeApi([
      { path: `/api/v1/status-reports/${reportId}`, respond: () => json(report, { headers: { ETag: '"3"' } }) },
      { path: `/api/v1/forums/${ids.integrationsradet}`, respond: () => json(forum, { headers: { ETag: '"4"' } }) },
      {
        method: 'DELETE',
        path: /^\/api\/v1\/status-reports\/[^/]+\/invitations\/[^/]+$/,
        respond: () => new Response(null, { status: 204 }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/status-reports/${reportId}`);
    const group = await screen.findByRole('group', { name: 'Inbjudna som inte har lämnat bidrag' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Västerås stad', 'Köpings kommun']);
    await user.click(screen.getByRole('button', { name: 'Välj alla' }));
    await user.click(screen.getByRole('button', { name: 'Dra tillbaka 2 inbjudningar' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Dra tillbaka' }));
    expect(await screen.findByText('2 inbjudningar är tillbakadragna.')).toBeInTheDocument();
    const withdrawn = api.requests.filter((request) => request.method === 'DELETE');
    expect(withdrawn.map((request) => [new URL(request.url).pathname, request.headers.get('If-Match')])).toEqual([
      [`/api/v1/status-reports/${reportId}/invitations/o1`, '"0"'],
      [`/api/v1/status-reports/${reportId}/invitations/o2`, '"2"'],
    ]);
  });

  it('deletes the report and shows the forum’s reports saying so', async () => {
    const api = fakeApi([
      { path: `/api/v1/status-reports/${reportId}`, respond: () => json(report, { headers: { ETag: '"3"' } }) },
      { path: `/api/v1/forums/${ids.integrationsradet}`, respond: () => json(forum, { headers: { ETag: '"4"' } }) },
      { path: `/api/v1/forums/${ids.integrationsradet}/status-reports`, respond: () => json([]) },
      {
        method: 'DELETE',
        path: `/api/v1/status-reports/${reportId}`,
        respond: () => new Response(null, { status: 204 }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/status-reports/${reportId}`);
    await user.click(await screen.findByRole('button', { name: 'Ta bort lägesrapporten' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/forums/${ids.integrationsradet}/status-reports`));
    // The list page renders again as its queries settle: assert the notice on the settled page, not on an element
    // found before the last render (that one may have been replaced).
    await screen.findByText('Inga lägesrapporter ännu.');
    await waitFor(() =>
      expect(screen.getByText('Lägesrapporten ”Lägesrapport kvartal 2” är borttagen.')).toBeInTheDocument(),
    );
    expect(api.calls('DELETE', `/api/v1/status-reports/${reportId}`)[0].headers.get('If-Match')).toBe('"3"');
  });
});
