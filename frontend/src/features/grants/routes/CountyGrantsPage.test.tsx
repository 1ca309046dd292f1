import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';

const forumId = '5b0e7d1c-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
const grantId = '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b';

const grant = {
  id: grantId,
  kind: 'FORUM_EDITOR',
  subjectType: 'USER',
  subject: 'editor.vasteras',
  subjectName: 'Elin Redaktör',
  countyCode: '19',
  forumId,
  forumName: 'Integrationsrådet',
  municipalityCodes: [],
  indicatorIds: [],
  indicatorNames: [],
  grantedAt: '2026-11-02T09:00:00Z',
  grantedBy: 'coordinator.vastmanland',
  active: true,
  revocable: true,
  version: 2,
};

const coordinator = session({ grantCounties: ['19'] });

function routes(extra: Parameters<typeof fakeApi>[0] = []) {
  return [
    ...extra,
    { path: '/api/v1/counties/19/grants', respond: () => json([grant]) },
    {
      path: '/api/v1/counties/19/grants/history',
      respond: () =>
        json([
          {
            id: 1,
            at: '2026-11-02T09:00:00Z',
            actor: 'coordinator.vastmanland',
            entityType: 'GRANT',
            entityId: grantId,
            action: 'CREATED',
            summary: 'Granted FORUM_EDITOR to editor.vasteras',
            changes: [],
          },
        ]),
    },
    {
      path: '/api/v1/forums',
      respond: () =>
        json({
          items: [{ id: forumId, name: 'Integrationsrådet', kind: 'COUNCIL', level: 'REGIONAL', countyCode: '19' }],
          total: 1,
          page: 0,
          size: 100,
        }),
    },
    {
      path: '/api/v1/grants/users',
      respond: () => json([{ id: 'kc-1', username: 'editor.vasteras', name: 'Elin Redaktör', countyCode: '19' }]),
    },
    ...baseRoutes(coordinator),
  ];
}

describe('county grants page', () => {
  it('lists the active grants with kind in words, holder, scope and who granted them, and the audit', async () => {
    fakeApi(routes());
    renderApp('/counties/19/grants');
    expect(await screen.findByRole('heading', { level: 1, name: 'Behörigheter i Västmanlands län' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Behörigheter i Västmanlands län' });
    const row = within(table).getByRole('row', { name: /Redaktör för forum/ });
    expect(row).toHaveTextContent('Elin Redaktör (editor.vasteras)');
    expect(row).toHaveTextContent('Integrationsrådet');
    expect(row).toHaveTextContent('av coordinator.vastmanland');
    expect(await screen.findByText(/Granted FORUM_EDITOR to editor.vasteras/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Behörigheter' })).toHaveAttribute('aria-current', 'page');
  });

  it('posts a forum editor grant for the person chosen in the user search', async () => {
    const api = fakeApi(
      routes([
        {
          method: 'POST',
          path: '/api/v1/grants',
          respond: () => json({ ...grant, id: 'a1b2c3d4-0000-4000-8000-000000000001' }, { status: 201 }),
        },
      ]),
    );
    const user = userEvent.setup();
    renderApp('/counties/19/grants');
    await user.type(await screen.findByRole('combobox', { name: /Person/ }), 'edit');
    await user.click(await screen.findByRole('option', { name: 'Elin Redaktör (editor.vasteras)' }));
    await user.click(screen.getByRole('button', { name: /Forum/ }));
    await user.click(await screen.findByRole('option', { name: 'Integrationsrådet' }));
    await user.click(screen.getByRole('button', { name: 'Ge behörighet' }));

    expect(await screen.findByText('Elin Redaktör har fått behörigheten.')).toBeVisible();
    const [request] = api.calls('POST', '/api/v1/grants');
    expect(await request.json()).toEqual({
      kind: 'FORUM_EDITOR',
      subjectType: 'USER',
      subject: 'editor.vasteras',
      subjectName: 'Elin Redaktör',
      forumId,
    });
  });

  it('grants a statistics system the indicators picked by name, per agreement', async () => {
    const agreementId = 'c0ffee00-0000-4000-8000-000000000019';
    const indicatorId = 'c0ffee00-0000-4000-8000-0000000000a1';
    const api = fakeApi(
      routes([
        {
          path: '/api/v1/agreements',
          respond: () =>
            json({
              items: [{ id: agreementId, title: 'Regional utvecklingsstrategi för Västmanland', kind: 'STRATEGY' }],
              total: 1,
              page: 0,
              size: 100,
            }),
        },
        {
          path: `/api/v1/agreements/${agreementId}/indicators`,
          respond: () => json([{ id: indicatorId, agreementId, name: 'Andel företagsetableringar i länet' }]),
        },
        {
          method: 'POST',
          path: '/api/v1/grants',
          respond: () =>
            json(
              {
                ...grant,
                kind: 'STATISTICS_PROVIDER',
                subjectType: 'SERVICE_ACCOUNT',
                subject: 'statistics-integration',
                subjectName: undefined,
              },
              { status: 201 },
            ),
        },
      ]),
    );
    const user = userEvent.setup();
    renderApp('/counties/19/grants');
    await user.click(await screen.findByRole('button', { name: /Behörighet$/ }));
    await user.click(await screen.findByRole('option', { name: 'Leverantör av statistik' }));
    await user.type(screen.getByRole('textbox', { name: /Klient-id/ }), 'statistics-integration');
    const group = await screen.findByRole('group', { name: 'Regional utvecklingsstrategi för Västmanland' });
    await user.click(within(group).getByRole('checkbox', { name: 'Andel företagsetableringar i länet' }));
    expect(screen.getByText('Vald indikator: Andel företagsetableringar i länet')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Ge behörighet' }));

    expect(await screen.findByText('statistics-integration har fått behörigheten.')).toBeVisible();
    const [request] = api.calls('POST', '/api/v1/grants');
    expect(await request.json()).toEqual({
      kind: 'STATISTICS_PROVIDER',
      subjectType: 'SERVICE_ACCOUNT',
      subject: 'statistics-integration',
      indicatorIds: [indicatorId],
    });
  });

  it('shows the server refusal at the field it names', async () => {
    fakeApi(
      routes([
        {
          method: 'POST',
          path: '/api/v1/grants',
          respond: () =>
            problem(400, 'validation', 'The grant is not valid', [{ field: 'forumId', message: 'must be given' }]),
        },
      ]),
    );
    const user = userEvent.setup();
    renderApp('/counties/19/grants');
    await user.type(await screen.findByRole('combobox', { name: /Person/ }), 'edit');
    await user.click(await screen.findByRole('option', { name: 'Elin Redaktör (editor.vasteras)' }));
    await user.click(screen.getByRole('button', { name: 'Ge behörighet' }));

    expect(await screen.findByText('Formuläret innehåller 1 fel')).toBeVisible();
    const field = document.querySelector('[data-field="forumId"]');
    expect(field).toHaveTextContent('must be given');
  });

  it('revokes with the version it listed and reports a refusal', async () => {
    const api = fakeApi(
      routes([
        {
          method: 'POST',
          path: `/api/v1/grants/${grantId}/revocation`,
          respond: () => problem(403, 'forbidden', 'Only the county coordinators may revoke'),
        },
      ]),
    );
    const user = userEvent.setup();
    renderApp('/counties/19/grants');
    const table = await screen.findByRole('table', { name: 'Behörigheter i Västmanlands län' });
    const row = within(table).getByRole('row', { name: /Elin Redaktör/ });
    await user.click(within(row).getByRole('button', { name: /Återkalla/ }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Återkalla' }));

    expect(await screen.findByText('Du får inte ge eller återkalla den här behörigheten.')).toBeVisible();
    const [request] = api.calls('POST', `/api/v1/grants/${grantId}/revocation`);
    expect(request.headers.get('If-Match')).toBe('"2"');
  });

  /** A grant whose revocation checks If-Match as the server does; `stored` is what GET /grants/{id} reads now. */
  function revocable(stored: typeof grant & { revokedBy?: string; revokedAt?: string }) {
    let now = stored;
    return {
      routes: [
        { path: `/api/v1/grants/${grantId}`, respond: () => json(now, { headers: { ETag: `"${now.version}"` } }) },
        {
          method: 'POST',
          path: `/api/v1/grants/${grantId}/revocation`,
          respond: (request: Request) => {
            if (request.headers.get('If-Match') !== `"${now.version}"`)
              return problem(412, 'precondition-failed', 'The resource has been changed since you read it');
            now = { ...now, active: false, revokedBy: 'coordinator.vastmanland', version: now.version + 1 };
            return json(now, { headers: { ETag: `"${now.version}"` } });
          },
        },
      ],
      get stored() {
        return now;
      },
    };
  }

  async function revokeListedGrant(user: ReturnType<typeof userEvent.setup>) {
    const table = await screen.findByRole('table', { name: 'Behörigheter i Västmanlands län' });
    const row = within(table).getByRole('row', { name: /Elin Redaktör/ });
    await user.click(within(row).getByRole('button', { name: /Återkalla/ }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Återkalla' }));
  }

  it('revokes the grant at the version it listed', async () => {
    const server = revocable(grant);
    const api = fakeApi(routes(server.routes));
    const user = userEvent.setup();
    renderApp('/counties/19/grants');
    await revokeListedGrant(user);
    expect(await screen.findByText('Behörigheten för Elin Redaktör är återkallad.')).toBeVisible();
    expect(api.calls('POST', `/api/v1/grants/${grantId}/revocation`).map((r) => r.headers.get('If-Match'))).toEqual([
      '"2"',
    ]);
    expect(server.stored.active).toBe(false);
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
  });

  it('shows the conflict screen when the grant changed meanwhile and revokes it at the version stored now', async () => {
    const server = revocable({ ...grant, version: 3 });
    const api = fakeApi(routes(server.routes));
    const user = userEvent.setup();
    renderApp('/counties/19/grants');
    await revokeListedGrant(user);

    expect(await screen.findByText('Någon annan har sparat en nyare version')).toBeVisible();
    expect(screen.getByText('Den andra ändringen gällde inga av uppgifterna i formuläret.')).toBeVisible();
    expect(screen.getByText('Du har ändrat: Status.')).toBeVisible();
    expect(screen.getByText('Behörigheten ”Redaktör för forum” för Elin Redaktör.')).toBeVisible();
    await user.click(reapplyButton());

    expect(await screen.findByText('Behörigheten för Elin Redaktör är återkallad.')).toBeVisible();
    expect(api.calls('POST', `/api/v1/grants/${grantId}/revocation`).map((r) => r.headers.get('If-Match'))).toEqual([
      '"2"',
      '"3"',
    ]);
    expect(server.stored).toMatchObject({ active: false, version: 4 });
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
  });

  it('shows who revoked the grant meanwhile, and does not revoke it twice', async () => {
    const server = revocable({
      ...grant,
      active: false,
      revokedBy: 'admin',
      revokedAt: '2026-11-03T10:00:00Z',
      version: 3,
    });
    const api = fakeApi(routes(server.routes));
    const user = userEvent.setup();
    renderApp('/counties/19/grants');
    await revokeListedGrant(user);

    const [theirs, yours, result] = await conflictRow(/^Status/);
    expect(theirs).toMatch(/^Återkallad av admin, 3 november 2026/);
    expect([yours, result]).toEqual(['Återkallad av dig', 'Återkallad av dig']);
    await user.click(reapplyButton());

    expect(await screen.findByText('Behörigheten för Elin Redaktör var redan återkallad av admin.')).toBeVisible();
    expect(api.calls('POST', `/api/v1/grants/${grantId}/revocation`)).toHaveLength(1);
  });

  it('reads the grants again when I drop my revocation', async () => {
    const server = revocable({ ...grant, version: 3 });
    const api = fakeApi(routes(server.routes));
    const user = userEvent.setup();
    renderApp('/counties/19/grants');
    await revokeListedGrant(user);
    const listReads = api.calls('GET', '/api/v1/counties/19/grants').length;
    await user.click(await screen.findByRole('button', { name: 'Läs in senaste versionen' }));

    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
    await waitFor(() => expect(api.calls('GET', '/api/v1/counties/19/grants').length).toBeGreaterThan(listReads));
    expect(api.calls('POST', `/api/v1/grants/${grantId}/revocation`)).toHaveLength(1);
  });

  it('refuses a county the session does not manage', async () => {
    fakeApi(routes());
    renderApp('/counties/14/grants');
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeVisible();
  });
});

describe('profile page', () => {
  it('shows the logged-in person and the grants they hold', async () => {
    fakeApi([{ path: '/api/v1/me/grants', respond: () => json([grant]) }, ...baseRoutes(coordinator)]);
    renderApp('/profile');
    expect(await screen.findByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Behörigheter som du har' });
    expect(within(table).getByRole('row', { name: /Redaktör för forum/ })).toHaveTextContent('Integrationsrådet');
  });
});

describe('national grants page', () => {
  const admin = session({ grantCounties: ['14', '19'], nationalGrants: true });
  const reader = {
    ...grant,
    id: '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4c',
    kind: 'NATIONAL_READER',
    subject: 'reader.national',
    subjectName: 'Nora Nationell',
    countyCode: undefined,
    forumId: undefined,
    forumName: undefined,
    grantedBy: 'admin',
  };

  it('lists the grants outside the counties and grants a national reader, for admins only', async () => {
    const api = fakeApi([
      { path: '/api/v1/national-grants', respond: () => json([reader]) },
      { path: '/api/v1/national-grants/history', respond: () => json([]) },
      {
        path: '/api/v1/grants/users',
        respond: () => json([{ id: 'kc-2', username: 'member.vasteras', name: 'Maja Medlem' }]),
      },
      {
        method: 'POST',
        path: '/api/v1/grants',
        respond: () => json({ ...reader, subject: 'member.vasteras', subjectName: 'Maja Medlem' }, { status: 201 }),
      },
      ...baseRoutes(admin),
    ]);
    const user = userEvent.setup();
    renderApp('/national-grants');
    expect(await screen.findByRole('heading', { level: 1, name: 'Behörigheter utanför länen' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Behörigheter utanför länen' });
    expect(within(table).getByRole('row', { name: /Nationell läsare/ })).toHaveTextContent('Alla län');
    expect(screen.getByText('Inga behörigheter utanför länen har getts eller återkallats.')).toBeVisible();
    await user.type(screen.getByRole('combobox', { name: /Person/ }), 'maja');
    await user.click(await screen.findByRole('option', { name: 'Maja Medlem (member.vasteras)' }));
    await user.click(screen.getByRole('button', { name: 'Ge behörighet' }));

    expect(await screen.findByText('Maja Medlem har fått behörigheten.')).toBeVisible();
    const [request] = api.calls('POST', '/api/v1/grants');
    expect(await request.json()).toEqual({
      kind: 'NATIONAL_READER',
      subjectType: 'USER',
      subject: 'member.vasteras',
      subjectName: 'Maja Medlem',
    });
  });

  it('is refused to a coordinator', async () => {
    fakeApi(baseRoutes(coordinator));
    renderApp('/national-grants');
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeVisible();
  });
});
