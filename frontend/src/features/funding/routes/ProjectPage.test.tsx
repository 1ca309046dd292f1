import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import type { Account, Project } from '../types';

const PROJECT = '70000000-0000-4000-8000-000000000001';
const AGREEMENT = '10000000-0000-4000-8000-000000000001';
const AREA = '20000000-0000-4000-8000-000000000036';
const ACCOUNT = '80000000-0000-4000-8000-000000000001';
const VASTERAS = { id: '30000000-0000-4000-8000-000000000001', name: 'Västerås stad' };
const REGION = { id: '30000000-0000-4000-8000-000000000002', name: 'Region Västmanland' };
const R_VASTERAS = '40000000-0000-4000-8000-000000000001';
const R_REGION = '40000000-0000-4000-8000-000000000002';
const path = `/api/v1/funding/projects/${PROJECT}`;
const accountPath = `/api/v1/funding/accounts/${ACCOUNT}`;

const qualified = (id: string, organisationName: string) => ({
  id,
  agreementId: AGREEMENT,
  agreementTitle: 'Regional överenskommelse Västmanland',
  goalAreaId: AREA,
  goalAreaLabel: '3.6 Bosättning',
  organisationName,
});
const known: Record<string, ReturnType<typeof qualified>> = {
  [R_VASTERAS]: qualified(R_VASTERAS, VASTERAS.name),
  [R_REGION]: qualified(R_REGION, REGION.name),
};

const project: Project = {
  id: PROJECT,
  name: 'Bosättning Västmanland',
  countyCode: '19',
  countyName: 'Västmanlands län',
  owner: VASTERAS,
  partners: [],
  status: 'ONGOING',
  budget: [],
  budgetTotal: '0.00',
  links: {
    goalAreas: [
      {
        id: AREA,
        number: '3.6',
        title: 'Bosättning',
        agreementId: AGREEMENT,
        agreementTitle: 'Regional överenskommelse',
      },
    ],
    strategies: [],
    targetGroups: [],
  },
  responsibilities: [],
  version: 3,
  createdAt: '2026-01-10T09:00:00Z',
  createdBy: 'coordinator.vastmanland',
  updatedAt: '2026-01-10T09:00:00Z',
  updatedBy: 'coordinator.vastmanland',
  permissions: { update: true, addAccount: false, readAccounts: true, qualifyResponsibilities: true },
};

const account: Account = {
  id: ACCOUNT,
  projectId: PROJECT,
  projectName: project.name,
  countyCode: '19',
  owner: VASTERAS,
  dueOn: '2031-06-30',
  status: 'DUE',
  overdue: false,
  version: 1,
  createdAt: '2026-01-10T09:00:00Z',
  createdBy: 'coordinator.vastmanland',
  updatedAt: '2026-01-10T09:00:00Z',
  updatedBy: 'coordinator.vastmanland',
  permissions: { update: true, file: false, statusChanges: [] },
};

const responsibility = (id: string, organisation: { id: string; name: string }) => ({
  id,
  organisation,
  allOtherSignatories: false,
  coveredOrganisations: [organisation],
});

/** The project and its account behind GET and their writes, each checking If-Match as the server does. */
function server() {
  const projectResource = versionedResource(path, project, {
    writePath: `${path}/responsibilities`,
    write: (stored, body) => ({
      ...stored,
      responsibilities: (body as { responsibilityIds: string[] }).responsibilityIds.map((id) => known[id]),
    }),
  });
  let stored = account;
  // Removed by someone else: with a trace in the history a write to it is stale (412), without one it is unknown (404).
  let removed: 'traced' | 'untraced' | null = null;
  const accounts = {
    removeMeanwhile(how: 'traced' | 'untraced') {
      removed = how;
    },
    get stored() {
      return stored;
    },
    changeMeanwhile(patch: Partial<Account>) {
      stored = { ...stored, ...patch, version: stored.version + 1 };
    },
  };
  const api = fakeApi([
    ...projectResource.routes,
    { path: `${path}/accounts`, respond: () => json(removed ? [] : [stored]) },
    {
      method: 'PUT',
      path: accountPath,
      respond: async (request: Request) => {
        if (removed === 'traced')
          return problem(412, 'precondition-failed', 'Någon annan har tagit bort detta sedan du läste det');
        if (removed) return problem(404, 'not-found', 'Redovisningen hittades inte');
        if (request.headers.get('If-Match') !== `"${stored.version}"`)
          return problem(412, 'precondition-failed', 'The resource has been changed since you read it');
        const { dueOn } = (await request.clone().json()) as { dueOn: string };
        stored = { ...stored, dueOn, version: stored.version + 1 };
        return json(stored, { headers: { ETag: `"${stored.version}"` } });
      },
    },
    {
      path: `/api/v1/agreements/${AGREEMENT}`,
      respond: () =>
        json({
          id: AGREEMENT,
          title: 'Regional överenskommelse Västmanland',
          goalAreas: [
            {
              id: AREA,
              number: '3.6',
              title: 'Bosättning',
              responsibilities: [responsibility(R_VASTERAS, VASTERAS), responsibility(R_REGION, REGION)],
            },
          ],
        }),
    },
    ...baseRoutes(),
  ]);
  return { api, project: projectResource, accounts };
}

const qualifyRegion = () => screen.getByRole('region', { name: 'Ansvar genom projektet' });
const saveQualified = () => within(qualifyRegion()).getByRole('button', { name: 'Spara ansvaren' });

describe('project page: responsibilities through the project', () => {
  it('saves the responsibilities chosen with the project’s version, and the next save with the version saved', async () => {
    const { api, project: resource } = server();
    const user = userEvent.setup();
    renderApp(`/funding/projects/${PROJECT}`);
    await user.click(await screen.findByRole('checkbox', { name: '3.6 Bosättning: Västerås stad' }));
    await user.click(saveQualified());

    expect(await screen.findByText('Ansvaren är sparade')).toBeVisible();
    expect(resource.stored.responsibilities.map((r) => r.id)).toEqual([R_VASTERAS]);
    await user.click(screen.getByRole('checkbox', { name: '3.6 Bosättning: Region Västmanland' }));
    await user.click(saveQualified());
    await waitFor(() => expect(resource.stored.responsibilities.map((r) => r.id)).toEqual([R_VASTERAS, R_REGION]));
    expect(api.calls('PUT', `${path}/responsibilities`).map((put) => put.headers.get('If-Match'))).toEqual([
      '"3"',
      '"4"',
    ]);
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
  });

  it('shows the responsibilities someone else saved meanwhile and re-applies mine with the new ETag', async () => {
    const { api, project: resource } = server();
    const user = userEvent.setup();
    renderApp(`/funding/projects/${PROJECT}`);
    await user.click(await screen.findByRole('checkbox', { name: '3.6 Bosättning: Västerås stad' }));
    resource.changeMeanwhile({ responsibilities: [known[R_REGION]] });
    await user.click(saveQualified());

    expect(await conflictRow(/^Ansvar genom projektet/)).toEqual([
      '3.6 Bosättning: Region Västmanland',
      '3.6 Bosättning: Västerås stad',
      '3.6 Bosättning: Västerås stad',
    ]);
    expect(screen.getByText('Du har ändrat: Ansvar genom projektet.')).toBeVisible();
    await user.click(reapplyButton());

    expect(await screen.findByText('Ansvaren är sparade')).toBeVisible();
    expect(api.calls('PUT', `${path}/responsibilities`).map((put) => put.headers.get('If-Match'))).toEqual([
      '"3"',
      '"4"',
    ]);
    expect(resource.stored.responsibilities.map((r) => r.id)).toEqual([R_VASTERAS]);
  });
});

describe('project page: moving an account’s due date', () => {
  it('moves the due date with the account’s version', async () => {
    const { api, accounts } = server();
    const user = userEvent.setup();
    renderApp(`/funding/projects/${PROJECT}`);
    const field = await screen.findByRole('textbox', { name: /^Ny sista dag för redovisningen/ });
    await user.clear(field);
    await user.type(field, '2031-09-30');
    await user.click(screen.getByRole('button', { name: 'Flytta sista dag' }));

    expect(await screen.findByText('Sista dagen är flyttad')).toBeVisible();
    expect(api.calls('PUT', accountPath).map((put) => put.headers.get('If-Match'))).toEqual(['"1"']);
    expect(accounts.stored).toMatchObject({ dueOn: '2031-09-30', version: 2 });
  });

  it('shows the date someone else set meanwhile and re-applies mine with the new ETag', async () => {
    const { api, accounts } = server();
    const user = userEvent.setup();
    renderApp(`/funding/projects/${PROJECT}`);
    const field = await screen.findByRole('textbox', { name: /^Ny sista dag för redovisningen/ });
    await user.clear(field);
    await user.type(field, '2031-12-31');
    accounts.changeMeanwhile({ dueOn: '2031-09-30' });
    await user.click(screen.getByRole('button', { name: 'Flytta sista dag' }));

    expect(await conflictRow(/^Ny sista dag för redovisningen/)).toEqual([
      '30 september 2031',
      '31 december 2031',
      '31 december 2031',
    ]);
    await user.click(reapplyButton());

    expect(await screen.findByText('Sista dagen är flyttad')).toBeVisible();
    expect(api.calls('PUT', accountPath).map((put) => put.headers.get('If-Match'))).toEqual(['"1"', '"2"']);
    expect(accounts.stored).toMatchObject({ dueOn: '2031-12-31', version: 3 });
  });

  it.each(['traced', 'untraced'] as const)(
    'says that the account someone else removed (%s: 412, 404) is gone and my date not saved, and reads the list again',
    async (how) => {
      const { api, accounts } = server();
      const user = userEvent.setup();
      renderApp(`/funding/projects/${PROJECT}`);
      const field = await screen.findByRole('textbox', { name: /^Ny sista dag för redovisningen/ });
      await user.clear(field);
      await user.type(field, '2031-12-31');
      accounts.removeMeanwhile(how);
      await user.click(screen.getByRole('button', { name: 'Flytta sista dag' }));

      const gone = 'Redovisningen med sista dag 30 juni 2031 finns inte längre – någon annan har tagit bort den.';
      const alert = (await screen.findByText(gone)).closest<HTMLElement>('[role=alert]');
      if (!alert) throw new Error('The message is no alert');
      await waitFor(() => expect(alert).toHaveFocus());
      expect(within(alert).getByText(/Din ändring är inte sparad/)).toBeInTheDocument();
      expect(screen.queryByText('Något gick fel')).toBeNull();
      expect(screen.queryByText(/hittades inte/)).toBeNull();
      expect(screen.queryByRole('button', { name: 'Flytta sista dag' })).toBeNull();
      const reads = api.calls('GET', `${path}/accounts`).length;
      await user.click(within(alert).getByRole('button', { name: 'Läs in listan igen' }));
      await waitFor(() => expect(api.calls('GET', `${path}/accounts`).length).toBe(reads + 1));
      expect(screen.queryByText(gone)).toBeNull();
      expect(screen.getByText('Inga redovisningar.')).toBeInTheDocument();
    },
  );
});
