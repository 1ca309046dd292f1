import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, present, problem, session, vasteras } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

/** A react-aria Select's button is named by its value followed by its label. */
async function choose(user: UserEvent, label: RegExp, option: string) {
  await user.click(screen.getByRole('button', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('new organisation', () => {
  it('shows the server field errors next to their fields and in a summary', async () => {
    const api = fakeApi([
      {
        method: 'POST',
        path: '/api/v1/organisations',
        respond: () =>
          problem(400, 'validation', '1 field is invalid', [
            { field: 'organisationNumber', message: 'must be ten digits (NNNNNN-NNNN) with a valid check digit' },
          ]),
      },
      ...baseRoutes(session({ countyCode: '19' })),
    ]);
    const user = userEvent.setup();
    renderApp('/organisations/new');
    await screen.findByRole('heading', { level: 1, name: 'Ny organisation' });

    await user.type(screen.getByRole('textbox', { name: /^Namn/ }), 'Integrationsforum Västmanland');
    await choose(user, /Typ$/, 'Civilsamhälle');
    await user.type(screen.getByRole('textbox', { name: /^Organisationsnummer/ }), '5560000000');
    await user.click(screen.getByRole('button', { name: 'Registrera organisationen' }));

    const field = screen.getByRole('textbox', { name: /^Organisationsnummer/ });
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('must be ten digits (NNNNNN-NNNN) with a valid check digit'),
    );
    expect(screen.getByRole('textbox', { name: /^Namn/ })).not.toHaveAttribute('aria-invalid');

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Formuläret innehåller 1 fel');
    expect(within(summary).getByRole('link', { name: /Organisationsnummer: must be ten digits/ })).toBeInTheDocument();
    expect(summary).toHaveFocus();

    const body: unknown = await api.calls('POST', '/api/v1/organisations')[0].json();
    expect(body).toEqual({
      name: 'Integrationsforum Västmanland',
      type: 'CIVIL_SOCIETY',
      organisationNumber: '5560000000',
      countyCode: '19',
    });
  });

  it('goes to the new organisation when it is saved', async () => {
    fakeApi([
      {
        method: 'POST',
        path: '/api/v1/organisations',
        respond: () => json({ ...vasteras, version: 0 }, { status: 201, headers: { ETag: '"0"' } }),
      },
      { path: `/api/v1/organisations/${vasteras.id}`, respond: () => json(vasteras, { headers: { ETag: '"3"' } }) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp('/organisations/new');
    await user.type(await screen.findByRole('textbox', { name: /^Namn/ }), 'Västerås stad');
    await choose(user, /Typ$/, 'Kommun');
    await choose(user, /Kommun$/, 'Västerås');
    await user.click(screen.getByRole('button', { name: 'Registrera organisationen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organisations/${vasteras.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Västerås stad' })).toBeInTheDocument();
    // The confirmation is the page's one alert (the history below has its own loading status).
    const alert = present(screen.getAllByRole('status').find((element) => element.classList.contains('ds-alert')));
    expect(alert).toHaveTextContent('Organisationen är registrerad.');
  });

  it('offers the municipalities of the chosen county only', async () => {
    const api = fakeApi(baseRoutes(session({ countyCode: '14' })));
    const user = userEvent.setup();
    renderApp('/organisations/new');
    await screen.findByRole('heading', { level: 1, name: 'Ny organisation' });
    await choose(user, /Län$/, 'Västmanlands län');
    await user.click(screen.getByRole('button', { name: /Kommun$/ }));
    const options = within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent.replace('✓', ''));
    expect(options).toEqual(['Ingen kommun', 'Köping', 'Västerås']);
    const municipalityCalls = api
      .calls('GET', '/api/v1/municipalities')
      .map((r) => new URL(r.url).searchParams.get('county'));
    expect(municipalityCalls).toContain('19');
  });

  it('finds the parent organisation by searching the register', async () => {
    const migrationsverket = {
      ...vasteras,
      id: '5d2c9e1a-7b7e-4b7a-9a55-0f7e6f1d2a44',
      name: 'Migrationsverket',
      type: 'STATE_AGENCY',
    };
    const api = fakeApi([
      {
        path: '/api/v1/organisations',
        respond: (request) => {
          const q = new URL(request.url).searchParams.get('q');
          const items = q && 'migrationsverket'.includes(q.toLowerCase()) ? [migrationsverket] : [vasteras];
          return json({ items, total: items.length, page: 0, size: 20 });
        },
      },
      {
        method: 'POST',
        path: '/api/v1/organisations',
        respond: () => problem(409, 'conflict', 'An organisation with that number exists'),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp('/organisations/new');
    await user.type(await screen.findByRole('textbox', { name: /^Namn/ }), 'Migrationsverket Västmanland');
    await choose(user, /Typ$/, 'Statlig myndighet');
    await user.type(screen.getByRole('combobox', { name: /^Överordnad organisation/ }), 'Migr');
    await user.click(await screen.findByRole('option', { name: 'Migrationsverket' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Överordnad organisation/ })).toHaveValue('Migrationsverket'),
    );
    await user.click(screen.getByRole('button', { name: 'Registrera organisationen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('An organisation with that number exists');
    expect(await api.calls('POST', '/api/v1/organisations')[0].json()).toMatchObject({ parentId: migrationsverket.id });
  });

  it('tells a member that they may not register organisations', async () => {
    fakeApi(baseRoutes(session({ createOrganisation: false })));
    renderApp('/organisations/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrera organisationen' })).not.toBeInTheDocument();
  });

  it('shows the forbidden problem when the server refuses', async () => {
    fakeApi([
      {
        method: 'POST',
        path: '/api/v1/organisations',
        respond: () =>
          problem(
            403,
            'forbidden',
            'Only administrators and the coordinator of county 14 may register organisations there',
          ),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp('/organisations/new');
    await user.type(await screen.findByRole('textbox', { name: /^Namn/ }), 'Göteborgs Stad');
    await choose(user, /Typ$/, 'Kommun');
    await user.click(screen.getByRole('button', { name: 'Registrera organisationen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du har inte behörighet att spara');
    expect(alert).toHaveTextContent('coordinator of county 14');
  });
});

describe('edit organisation', () => {
  it('sends If-Match with the ETag it read, and on 412 shows what changed and re-applies my changes', async () => {
    let stored = { ...vasteras, version: 3 };
    const api = fakeApi([
      {
        path: `/api/v1/organisations/${vasteras.id}`,
        respond: () => json(stored, { headers: { ETag: `"${stored.version}"` } }),
      },
      {
        method: 'PUT',
        path: `/api/v1/organisations/${vasteras.id}`,
        respond: async (request) => {
          if (request.headers.get('If-Match') !== `"${stored.version}"`)
            return problem(412, 'precondition-failed', 'The resource has been changed since you read it');
          stored = { ...stored, ...((await request.json()) as Partial<typeof stored>), version: stored.version + 1 };
          return json(stored, { headers: { ETag: `"${stored.version}"` } });
        },
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/organisations/${vasteras.id}/edit`);
    const website = await screen.findByRole('textbox', { name: /^Webbplats/ });
    expect(website).toHaveValue('https://www.vasteras.se');
    await user.clear(website);
    await user.type(website, 'https://www.vasteras.se/integration');
    stored = { ...stored, mandate: 'Samordnar etableringen.', version: 4 }; // someone else saves meanwhile
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har sparat en nyare version');
    const puts = () => api.calls('PUT', `/api/v1/organisations/${vasteras.id}`);
    expect(puts()[0].headers.get('If-Match')).toBe('"3"');
    const row = screen.getByRole('row', { name: /Mandat i samverkan/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Samordnar etableringen.', vasteras.mandate, 'Samordnar etableringen.']);
    expect(screen.getByText('Du har ändrat: Webbplats.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Använd mina ändringar på den senaste versionen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organisations/${vasteras.id}`));
    expect(puts()[1].headers.get('If-Match')).toBe('"4"');
    expect(stored).toMatchObject({
      version: 5,
      website: 'https://www.vasteras.se/integration',
      mandate: 'Samordnar etableringen.',
      name: 'Västerås stad',
    });
  });

  it('saves with If-Match and shows the saved organisation', async () => {
    let stored = { ...vasteras, version: 7 };
    const api = fakeApi([
      {
        path: `/api/v1/organisations/${vasteras.id}`,
        respond: () => json(stored, { headers: { ETag: `"${stored.version}"` } }),
      },
      {
        method: 'PUT',
        path: `/api/v1/organisations/${vasteras.id}`,
        respond: async (request) => {
          stored = { ...stored, ...((await request.json()) as Partial<typeof stored>), version: stored.version + 1 };
          return json(stored, { headers: { ETag: `"${stored.version}"` } });
        },
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/organisations/${vasteras.id}/edit`);
    const website = await screen.findByRole('textbox', { name: /^Webbplats/ });
    await user.clear(website);
    await user.type(website, 'https://vasteras.se/ny');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organisations/${vasteras.id}`));
    expect(api.calls('PUT', `/api/v1/organisations/${vasteras.id}`)[0].headers.get('If-Match')).toBe('"7"');
    expect(await screen.findByRole('link', { name: /https:\/\/vasteras.se\/ny/ })).toBeInTheDocument();
    expect(screen.getByText('Ändringarna är sparade.')).toBeInTheDocument();
  });

  it('is not offered to those who may not change the organisation', async () => {
    fakeApi([
      {
        path: `/api/v1/organisations/${vasteras.id}`,
        respond: () =>
          json({ ...vasteras, permissions: { update: false, delete: false } }, { headers: { ETag: '"3"' } }),
      },
      ...baseRoutes(session({ createOrganisation: false })),
    ]);
    renderApp(`/organisations/${vasteras.id}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeInTheDocument();
  });
});
