import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, session, present } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import type { ActionItem } from '../types';
import { actionItem, forum, ids } from '../testData';

function conflict(rule: string, detail: string) {
  return new Response(
    JSON.stringify({ type: 'urn:samverkan:problem:rule-violation', title: 'x', status: 409, detail, rule }),
    {
      status: 409,
      headers: { 'Content-Type': 'application/problem+json' },
    },
  );
}

describe('action item', () => {
  it('lets a member of the owner organisation set it to done, sending the ETag it read', async () => {
    const api = fakeApi([
      { path: `/api/v1/action-items/${ids.actionItem}`, respond: () => json(actionItem, { headers: { ETag: '"3"' } }) },
      {
        method: 'POST',
        path: `/api/v1/action-items/${ids.actionItem}/status`,
        respond: () =>
          json(
            {
              ...actionItem,
              status: 'DONE',
              statusNote: 'Planen är antagen',
              version: 4,
              permissions: { ...actionItem.permissions, statusChanges: [] },
            },
            { headers: { ETag: '"4"' } },
          ),
      },
      ...baseRoutes({ ...session(), roles: ['member'] }),
    ]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ta fram en plan för språkstöd' })).toBeInTheDocument();
    expect(screen.getByText('Öppet')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Ny status/ }));
    await user.click(await screen.findByRole('option', { name: 'Klart' }));
    await user.type(screen.getByRole('textbox', { name: 'Hur arbetet går' }), 'Planen är antagen');
    await user.click(screen.getByRole('button', { name: 'Spara status' }));

    expect(await screen.findByText('Status är sparad: Klart.')).toBeInTheDocument();
    const [request] = api.calls('POST', `/api/v1/action-items/${ids.actionItem}/status`);
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual({ status: 'DONE', note: 'Planen är antagen' });
    expect(screen.queryByRole('button', { name: 'Spara status' })).not.toBeInTheDocument();
  });

  it('explains a refused change by its rule in words', async () => {
    fakeApi([
      { path: `/api/v1/action-items/${ids.actionItem}`, respond: () => json(actionItem, { headers: { ETag: '"3"' } }) },
      {
        method: 'POST',
        path: `/api/v1/action-items/${ids.actionItem}/status`,
        respond: () => conflict('action-item-closed', 'The action item is DONE'),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    await user.click(await screen.findByRole('button', { name: /Ny status/ }));
    await user.click(await screen.findByRole('option', { name: 'Pågår' }));
    await user.click(screen.getByRole('button', { name: 'Spara status' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Uppdraget är klart eller avbrutet och ändras inte längre.');
    expect(alert).toHaveFocus();
  });

  it('lets a manager raise it to a national forum, keeping the ETag it read', async () => {
    const raisedId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
    const national = {
      id: ids.samverkansdelegationen,
      name: 'Samverkansdelegationen',
      kind: 'FORUM',
      level: 'NATIONAL',
    } as const;
    const managed = {
      ...actionItem,
      permissions: { edit: true, statusChanges: ['IN_PROGRESS', 'DONE', 'CANCELLED'], escalate: true },
    };
    const raised = {
      ...actionItem,
      id: raisedId,
      forum: national,
      meeting: undefined,
      raisedFrom: { id: ids.actionItem, forum: actionItem.forum },
      trail: [
        {
          id: ids.actionItem,
          forum: actionItem.forum,
          visible: true,
          title: actionItem.title,
          status: 'OPEN',
          createdAt: actionItem.createdAt,
          depth: 0,
          current: false,
        },
        {
          id: raisedId,
          forum: national,
          visible: true,
          title: actionItem.title,
          status: 'OPEN',
          createdAt: actionItem.createdAt,
          depth: 1,
          current: true,
        },
      ],
    };
    const api = fakeApi([
      { path: `/api/v1/action-items/${ids.actionItem}`, respond: () => json(managed, { headers: { ETag: '"3"' } }) },
      { path: `/api/v1/action-items/${raisedId}`, respond: () => json(raised, { headers: { ETag: '"0"' } }) },
      { path: `/api/v1/forums/${ids.integrationsradet}`, respond: () => json(forum, { headers: { ETag: '"4"' } }) },
      {
        path: '/api/v1/forums',
        respond: () =>
          json({
            items: [
              { ...national, active: true },
              { ...actionItem.forum, active: true },
            ],
            total: 2,
            page: 0,
            size: 100,
          }),
      },
      {
        method: 'POST',
        path: `/api/v1/action-items/${ids.actionItem}/escalation`,
        respond: () => json(raised, { status: 201 }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    await user.click(await screen.findByRole('button', { name: /Välj forum/ }));
    expect(screen.queryByRole('option', { name: /Integrationsrådet/ })).not.toBeInTheDocument(); // not higher
    await user.click(await screen.findByRole('option', { name: 'Samverkansdelegationen (nationell)' }));
    await user.click(screen.getByRole('button', { name: 'Lyft uppdraget' }));

    expect(await screen.findByText('Uppdraget är lyft till Samverkansdelegationen.')).toBeInTheDocument();
    const [request] = api.calls('POST', `/api/v1/action-items/${ids.actionItem}/escalation`);
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual({ forumId: ids.samverkansdelegationen });
    const trail = present(screen.getByRole('heading', { name: 'Spår mellan forum' }).nextElementSibling);
    expect(trail).toHaveTextContent('Integrationsrådet (regional): Ta fram en plan för språkstöd, Öppet');
    expect(trail).toHaveTextContent('Samverkansdelegationen (nationell): detta uppdrag, Öppet');
  });
});

describe('updating the status of an action item', () => {
  it('shows the status and note someone else saved meanwhile and re-applies my status with the new ETag', async () => {
    const path = `/api/v1/action-items/${ids.actionItem}`;
    const resource = versionedResource(path, actionItem, {
      method: 'POST',
      writePath: `${path}/status`,
      write: (stored, body) => {
        const { status, note } = body as { status: ActionItem['status']; note?: string };
        return { ...stored, status, statusNote: note };
      },
    });
    const api = fakeApi([...resource.routes, ...baseRoutes({ ...session(), roles: ['member'] })]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    await user.click(await screen.findByRole('button', { name: /Ny status/ }));
    await user.click(await screen.findByRole('option', { name: 'Klart' }));
    resource.changeMeanwhile({ status: 'IN_PROGRESS', statusNote: 'Remissen är ute' });
    await user.click(screen.getByRole('button', { name: 'Spara status' }));

    expect(await conflictRow(/^Status/)).toEqual(['Pågår', 'Öppet', 'Pågår']);
    expect(await conflictRow(/^Hur arbetet går/)).toEqual(['Remissen är ute', '(tomt)', 'Remissen är ute']);
    expect(screen.getByText('Du har ändrat: Ny status.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Status är sparad: Klart.')).toBeInTheDocument();
    const posts = api.calls('POST', `${path}/status`);
    expect(posts.map((post) => post.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(await posts[1].json()).toEqual({ status: 'DONE', note: 'Remissen är ute' });
  });
});

describe('passing an action item along', () => {
  it('refuses when the item changed meanwhile, reads the latest and passes it along with its ETag', async () => {
    const path = `/api/v1/action-items/${ids.actionItem}`;
    const passable = {
      ...actionItem,
      passAlongTo: { id: ids.beredningsgruppen, name: 'Beredningsgruppen', kind: 'FORUM', level: 'REGIONAL' } as const,
      permissions: { ...actionItem.permissions, statusChanges: [], passAlong: true },
    };
    const resource = versionedResource(path, passable, { method: 'POST', writePath: `${path}/passing` });
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    await user.type(await screen.findByRole('textbox', { name: /^Beskrivning för Beredningsgruppen/ }), 'Underlag');
    resource.changeMeanwhile({ statusNote: 'Remissen är ute' });
    await user.click(screen.getByRole('button', { name: 'Lämna vidare till Beredningsgruppen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    expect(alert).toHaveTextContent('Läs in den senaste versionen och gör ändringen igen.');
    await user.click(within(alert).getByRole('button', { name: 'Läs in senaste versionen' }));
    expect(await screen.findByText('Remissen är ute')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lämna vidare till Beredningsgruppen' }));
    expect(await screen.findByText('Uppdraget är lämnat vidare till Integrationsrådet.')).toBeInTheDocument();
    const posts = api.calls('POST', `${path}/passing`);
    expect(posts.map((post) => post.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(await posts[1].json()).toEqual({ forumId: ids.beredningsgruppen, description: 'Underlag' });
  });
});

describe('correcting an action item', () => {
  const editable = {
    ...actionItem,
    permissions: { edit: true, statusChanges: [], escalate: false, passAlong: false, delete: false },
  };

  it('starts again from the version a status update on the page saved, so the correction goes with its ETag', async () => {
    const path = `/api/v1/action-items/${ids.actionItem}`;
    const both = { ...editable, permissions: { ...editable.permissions, statusChanges: ['IN_PROGRESS' as const] } };
    const resource = versionedResource(path, both);
    // The status step writes the same item: its answer and `changeMeanwhile` below keep both copies at one version.
    const status = versionedResource(path, both, { method: 'POST', writePath: `${path}/status` });
    const api = fakeApi([...resource.routes, status.routes[1], ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    await user.click(await screen.findByText('Ändra titel, ansvarig och datum'));
    await user.click(await screen.findByRole('button', { name: /Ny status/ }));
    await user.click(await screen.findByRole('option', { name: 'Pågår' }));
    resource.changeMeanwhile({ status: 'IN_PROGRESS' });
    await user.click(screen.getByRole('button', { name: 'Spara status' }));
    expect(await screen.findByText('Status är sparad: Pågår.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Ansvarig person' }), 'Eva Lind');
    await user.click(screen.getByRole('button', { name: 'Spara uppdraget' }));
    expect(await screen.findByText('Uppdraget är ändrat.')).toBeInTheDocument();
    const [put] = api.calls('PUT', path);
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(await put.json()).toMatchObject({ ownerPerson: 'Eva Lind' });
  });

  it('keeps what is typed when a status update on the page saves a newer version; its save then meets it as a conflict', async () => {
    const path = `/api/v1/action-items/${ids.actionItem}`;
    const both = { ...editable, permissions: { ...editable.permissions, statusChanges: ['IN_PROGRESS' as const] } };
    const resource = versionedResource(path, both);
    const status = versionedResource(path, both, { method: 'POST', writePath: `${path}/status` });
    const api = fakeApi([...resource.routes, status.routes[1], ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    await user.click(await screen.findByText('Ändra titel, ansvarig och datum'));
    await user.type(screen.getByRole('textbox', { name: 'Ansvarig person' }), 'Eva Lind');
    await user.click(screen.getByRole('button', { name: /Ny status/ }));
    await user.click(await screen.findByRole('option', { name: 'Pågår' }));
    resource.changeMeanwhile({ status: 'IN_PROGRESS' });
    await user.click(screen.getByRole('button', { name: 'Spara status' }));
    expect(await screen.findByText('Status är sparad: Pågår.')).toBeInTheDocument();
    // The page now reads version 4; the correction stays on version 3 with what was typed.
    expect(screen.getByRole('textbox', { name: 'Ansvarig person' })).toHaveValue('Eva Lind');

    await user.click(screen.getByRole('button', { name: 'Spara uppdraget' }));
    expect(await screen.findByText('Någon annan har sparat en nyare version')).toBeInTheDocument();
    expect(screen.getByText('Den andra ändringen gällde inga av uppgifterna i formuläret.')).toBeInTheDocument();
    expect(screen.getByText('Du har ändrat: Ansvarig person.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Uppdraget är ändrat.')).toBeInTheDocument();
    const puts = api.calls('PUT', path);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(await puts[1].json()).toMatchObject({ ownerPerson: 'Eva Lind' });
  });

  it('shows the owner someone else saved meanwhile and re-applies my title onto it with the new ETag', async () => {
    const resource = versionedResource(`/api/v1/action-items/${ids.actionItem}`, editable);
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    await user.click(await screen.findByText('Ändra titel, ansvarig och datum'));
    const title = screen.getByRole('textbox', { name: /^Uppdrag/ });
    await user.clear(title);
    await user.type(title, 'Ta fram en plan för språkstöd och tolkning');
    resource.changeMeanwhile({ owner: { id: ids.lansstyrelsen, name: 'Länsstyrelsen Västmanland' } });
    await user.click(screen.getByRole('button', { name: 'Spara uppdraget' }));

    expect(await conflictRow(/^Ansvarig organisation/)).toEqual([
      'Länsstyrelsen Västmanland',
      'Västerås stad',
      'Länsstyrelsen Västmanland',
    ]);
    expect(screen.getByText('Du har ändrat: Uppdrag.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Uppdraget är ändrat.')).toBeInTheDocument();
    const puts = api.calls('PUT', `/api/v1/action-items/${ids.actionItem}`);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(await puts[1].json()).toMatchObject({
      title: 'Ta fram en plan för språkstöd och tolkning',
      ownerOrganisationId: ids.lansstyrelsen,
      dueOn: actionItem.dueOn,
    });
  });
});
