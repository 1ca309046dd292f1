import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

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
