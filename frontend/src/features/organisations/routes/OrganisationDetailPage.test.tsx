import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, historyEntry, json, problem, session, vasteras, present } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const office = {
  ...vasteras,
  id: '0b8a4d9e-1c1f-4e0e-a6a1-6a1d8e5f2c33',
  name: 'Migrationsverket region Mitt',
  type: 'STATE_AGENCY',
  organisationNumber: '2021002163',
  parentId: '5d2c9e1a-7b7e-4b7a-9a55-0f7e6f1d2a44',
  parentName: 'Migrationsverket',
  municipalityCode: undefined,
  municipalityName: undefined,
  website: undefined,
  children: [{ id: '9f7e1c2d-3b4a-4c5d-8e6f-7a8b9c0d1e2f', name: 'Mottagningsenhet Västerås' }],
  permissions: { update: false, delete: false },
};

describe('organisation detail', () => {
  it('shows every field, the parent, the sub-units and who changed it when', async () => {
    fakeApi([
      { path: `/api/v1/organisations/${office.id}`, respond: () => json(office, { headers: { ETag: '"3"' } }) },
      ...baseRoutes(session({ authenticated: false, createOrganisation: false })),
    ]);
    renderApp(`/organisations/${office.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Migrationsverket region Mitt' })).toBeInTheDocument();
    const facts = present(screen.getAllByRole('definition')[0].closest('dl'));
    expect(within(facts).getByText('Statlig myndighet')).toBeInTheDocument();
    expect(within(facts).getByText('202100-2163')).toBeInTheDocument();
    expect(within(facts).getByRole('link', { name: 'Migrationsverket' })).toHaveAttribute(
      'href',
      `/organisations/${office.parentId}`,
    );
    expect(within(facts).getAllByText('Ej angivet')).toHaveLength(2); // municipality, website
    expect(screen.getByRole('link', { name: 'Mottagningsenhet Västerås' })).toHaveAttribute(
      'href',
      `/organisations/${office.children[0].id}`,
    );
    expect(screen.getByText(/Registrerad 15 januari 2024 .* av admin/)).toBeInTheDocument();
    expect(screen.getByText(/Senast ändrad 1 februari 2024 .* av coordinator.vastmanland/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera' })).not.toBeInTheDocument();
  });

  it('lists the recorded changes, newest first, with the fields in words', async () => {
    const subject = { entityType: 'ORGANISATION', entityId: vasteras.id };
    const history = [
      historyEntry(12, '2024-02-01T09:30:00Z', subject, 'UPDATED', 'Updated Västerås stad', {
        actor: 'coordinator.vastmanland',
        actorOrganisation: '2021002163',
        actorClient: 'samverkan-spa',
        changes: [
          { field: 'type', before: 'OTHER', after: 'MUNICIPALITY' },
          { field: 'website', before: null, after: 'https://www.vasteras.se' },
        ],
      }),
      historyEntry(3, '2024-01-15T08:00:00Z', subject, 'CREATED', 'Registered Västerås stad', {
        changes: [{ field: 'organisationNumber', after: '2120002114' }],
      }),
    ];
    fakeApi([
      { path: `/api/v1/organisations/${vasteras.id}`, respond: () => json(vasteras, { headers: { ETag: '"3"' } }) },
      { path: `/api/v1/organisations/${vasteras.id}/history`, respond: () => json(history) },
      ...baseRoutes(),
    ]);
    renderApp(`/organisations/${vasteras.id}`);
    const list = await screen.findByRole('list', { name: 'Ändringar av organisationen, den senaste först' });
    const entries = within(list).getAllByRole('article');
    expect(entries).toHaveLength(2);
    expect(within(entries[0]).getByRole('heading', { name: 'Organisationens uppgifter ändrades' })).toBeInTheDocument();
    expect(within(entries[0]).getByText(/av coordinator.vastmanland/)).toBeInTheDocument();
    const changed = within(entries[0]).getByRole('table');
    expect(within(changed).getByRole('row', { name: /Typ Övrigt Kommun/ })).toBeInTheDocument();
    expect(
      within(changed).getByRole('row', { name: /Webbplats Ej angivet https:\/\/www.vasteras.se/ }),
    ).toBeInTheDocument();
    expect(within(entries[1]).getByRole('heading', { name: 'Organisationen registrerades' })).toBeInTheDocument();
    expect(
      within(entries[1]).getByRole('row', { name: /Organisationsnummer Ej angivet 212000-2114/ }),
    ).toBeInTheDocument();
  });

  it('says when no change is recorded', async () => {
    fakeApi([
      { path: `/api/v1/organisations/${vasteras.id}`, respond: () => json(vasteras, { headers: { ETag: '"3"' } }) },
      { path: `/api/v1/organisations/${vasteras.id}/history`, respond: () => json([]) },
      ...baseRoutes(),
    ]);
    renderApp(`/organisations/${vasteras.id}`);
    expect(await screen.findByText(/Inga ändringar är registrerade här/)).toBeInTheDocument();
  });

  it('offers editing to those who may change it', async () => {
    fakeApi([
      { path: `/api/v1/organisations/${vasteras.id}`, respond: () => json(vasteras, { headers: { ETag: '"3"' } }) },
      ...baseRoutes(),
    ]);
    renderApp(`/organisations/${vasteras.id}`);
    expect(await screen.findByRole('link', { name: 'Redigera' })).toHaveAttribute(
      'href',
      `/organisations/${vasteras.id}/edit`,
    );
  });

  it('says so when the organisation does not exist', async () => {
    fakeApi([
      {
        path: /^\/api\/v1\/organisations\/.+/,
        respond: () => problem(404, 'not-found', 'No organisation with that id'),
      },
      ...baseRoutes(),
    ]);
    renderApp('/organisations/00000000-0000-0000-0000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisationen finns inte' })).toBeInTheDocument();
  });
});
