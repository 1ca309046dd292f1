import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { openDisclosure, renderApp, renderPage } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { activity, AGREEMENT_ID, indicators, plan } from '../testData';
import { expectGoneAndReadAgain, storedPart } from '../testParts';
import type { PlanActivity, PlanActivityInput } from '../types';

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

  it('shows what someone else saved meanwhile, keeping the card where it was, and re-applies my title with the new ETag', async () => {
    const stored = storedPart(activity() as unknown as PlanActivity, {
      pagePath: `${base}/action-plan`,
      pageOf: (part) => plan({ activities: [part] }),
      writePath: activityPath,
      write: (current, body) => {
        const input = body as PlanActivityInput;
        return { ...current, title: input.title, dueOn: input.dueOn, startsOn: input.startsOn };
      },
    });
    const { api, user } = renderPage(page, [
      ...stored.routes,
      { path: `${base}/indicators`, respond: () => json(indicators) },
      { path: '/api/v1/funding/projects', respond: () => json({ items: [], total: 0, page: 0, size: 20 }) },
    ]);
    const form = await openDisclosure(user, 'Ändra Utbildning för personal i tidiga insatser');
    const title = form.getByRole('textbox', { name: /Aktivitet/ });
    await user.clear(title);
    await user.type(title, 'Utbildning i tidiga insatser');
    // Someone else started the activity and moved its date meanwhile: the card would change column.
    stored.changeMeanwhile({
      status: 'ONGOING',
      dueOn: '2026-12-15',
      owner: { id: 'org-region', name: 'Region Västerbotten' },
    });
    await user.click(form.getByRole('button', { name: 'Spara aktiviteten' }));

    expect(await conflictRow(/^Ansvarig organisation/)).toEqual([
      'Region Västerbotten',
      'Umeå kommun',
      'Region Västerbotten',
    ]);
    expect(await conflictRow(/^Klar senast/)).toEqual(['15 december 2026', '30 november 2026', '15 december 2026']);
    expect(screen.getByText('Du har ändrat: Aktivitet.')).toBeInTheDocument();
    await user.click(reapplyButton());

    await waitFor(() => expect(stored.stored.version).toBe(9));
    expect(stored.stored).toMatchObject({
      title: 'Utbildning i tidiga insatser',
      dueOn: '2026-12-15',
      status: 'ONGOING',
    });
    const [first, second] = api.calls('PUT', activityPath);
    expect([first, second].map((put) => put.headers.get('If-Match'))).toEqual(['"7"', '"8"']);
    expect(await second.json()).toMatchObject({
      title: 'Utbildning i tidiga insatser',
      ownerOrganisationId: 'org-region',
      dueOn: '2026-12-15',
    });
    // The plan is read again: the card is under its new status.
    const ongoing = screen.getByRole('region', { name: /^Pågår/ });
    expect(await within(ongoing).findByRole('heading', { name: 'Utbildning i tidiga insatser' })).toBeInTheDocument();
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

  it('says that an activity someone else removed meanwhile is gone and my change not saved, and reads the list again', async () => {
    const stored = storedPart(activity() as unknown as PlanActivity, {
      pagePath: `${base}/action-plan`,
      pageOf: (part) => plan({ activities: [part] }),
      emptyPage: () => plan({ activities: [] }),
      writePath: activityPath,
    });
    const { api, user } = renderPage(page, [
      ...stored.routes,
      { path: `${base}/indicators`, respond: () => json(indicators) },
      { path: '/api/v1/funding/projects', respond: () => json({ items: [], total: 0, page: 0, size: 20 }) },
    ]);
    const form = await openDisclosure(user, 'Ändra Utbildning för personal i tidiga insatser');
    await user.type(form.getByRole('textbox', { name: /Aktivitet/ }), ' i länet');
    stored.removeMeanwhile('traced');
    await user.click(form.getByRole('button', { name: 'Spara aktiviteten' }));

    await expectGoneAndReadAgain(
      {
        text: 'Aktiviteten Utbildning för personal i tidiga insatser finns inte längre – någon annan har tagit bort den.',
        pagePath: `${base}/action-plan`,
      },
      api,
      user,
    );
    expect(screen.queryByText('Ändra Utbildning för personal i tidiga insatser')).toBeNull();
  });
});
