import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { openDisclosure, renderApp, renderPage } from '../../../test/renderApp';
import { activity, AGREEMENT_ID, indicators, plan } from '../testData';

const base = `/api/v1/agreements/${AGREEMENT_ID}`;
const page = `/agreements/${AGREEMENT_ID}/action-plan`;
const activityPath = `${base}/action-plan/activities/act-1`;

describe('activities on the action plan', () => {
  it('edits an activity with the version it read, keeping partners and indicator unless changed', async () => {
    const { api, user } = renderPage(page, [
      { path: `${base}/action-plan`, respond: () => json(plan()) },
      { path: `${base}/indicators`, respond: () => json(indicators) },
      { path: '/api/v1/funding/projects', respond: () => json({ items: [], total: 0, page: 0, size: 20 }) },
      { method: 'PUT', path: activityPath, respond: () => json(activity({ version: 8 })) },
    ]);
    const form = await openDisclosure(user, 'Ändra Utbildning för personal i tidiga insatser');
    expect(form.getByRole('group', { name: 'Samarbetsparter' })).toHaveTextContent('Region Västerbotten');
    await user.click(form.getByRole('button', { name: /Indikator$/ }));
    await user.click(await screen.findByRole('option', { name: 'Andel i SFI' }));
    await user.click(form.getByRole('button', { name: 'Ta bort Region Västerbotten' }));
    expect(form.getByText('Inga samarbetsparter.')).toBeInTheDocument();
    await user.click(form.getByRole('button', { name: 'Spara aktiviteten' }));
    await expect.poll(() => api.calls('PUT', activityPath).length).toBe(1);
    const [request] = api.calls('PUT', activityPath);
    expect(request.headers.get('If-Match')).toBe('"7"');
    expect(await request.json()).toEqual({
      title: 'Utbildning för personal i tidiga insatser',
      description: 'Två utbildningsdagar',
      goalAreaId: 'ga-1',
      ownerOrganisationId: 'org-umea',
      partnerIds: [],
      startsOn: '2026-02-01',
      dueOn: '2026-11-30',
      indicatorId: 'ind-2',
    });
  });

  it('says why the server refused the change', async () => {
    fakeApi([
      { path: `${base}/action-plan`, respond: () => json(plan()) },
      { path: `${base}/indicators`, respond: () => json(indicators) },
      { path: '/api/v1/funding/projects', respond: () => json({ items: [], total: 0, page: 0, size: 20 }) },
      {
        method: 'PUT',
        path: activityPath,
        respond: () => problem(400, 'validation', 'invalid', [{ field: 'dueOn', message: 'Slutet före starten' }]),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(page);
    const summary = await screen.findByText('Ändra Utbildning för personal i tidiga insatser');
    await user.click(summary);
    await user.click(
      within(summary.closest('details') as HTMLElement).getByRole('button', { name: 'Spara aktiviteten' }),
    );
    expect(await screen.findByText('Formuläret innehåller 1 fel')).toBeInTheDocument();
    expect(screen.getAllByText('Slutet före starten').length).toBeGreaterThan(0);
  });

  it('removes an activity only after confirming, and offers nothing to an activity without the rights', async () => {
    const api = fakeApi([
      {
        path: `${base}/action-plan`,
        respond: () =>
          json(
            plan({
              activities: [
                activity(),
                activity({
                  id: 'act-2',
                  title: 'Mentorskap',
                  permissions: { edit: false, delete: false, statusChanges: [] },
                }),
              ],
            }),
          ),
      },
      { path: `${base}/indicators`, respond: () => json(indicators) },
      { path: '/api/v1/funding/projects', respond: () => json({ items: [], total: 0, page: 0, size: 20 }) },
      { method: 'DELETE', path: activityPath, respond: () => new Response(null, { status: 204 }) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(page);
    const other = (await screen.findByRole('heading', { name: 'Mentorskap' })).closest('li') as HTMLElement;
    expect(within(other).queryByRole('button')).toBeNull();
    expect(within(other).queryByText(/^Ändra/)).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Ta bort\s*Utbildning för personal/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('tas bort ur handlingsplanen');
    expect(api.calls('DELETE', activityPath)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await expect.poll(() => api.calls('DELETE', activityPath).length).toBe(1);
    expect(api.calls('DELETE', activityPath)[0].headers.get('If-Match')).toBe('"7"');
  });
});
