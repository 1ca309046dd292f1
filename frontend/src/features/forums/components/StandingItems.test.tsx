import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem, type FakeRoute } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { forum, ids } from '../testData';

const base = `/api/v1/forums/${ids.integrationsradet}/standing-items`;

function item(id: string, position: number, title: string, version = 1) {
  return {
    id,
    forumId: ids.integrationsradet,
    position,
    title,
    kind: 'PRESENTATION',
    description: `Om ${title}`,
    version,
  };
}

const items = [item('s1', 1, 'Nyheter från länet', 2), item('s2', 2, 'RUS – avstämning och uppföljning', 5)];

/** The forum page, where the standing points are, answering from the routes given. */
function forumPage(routes: FakeRoute[]) {
  return [
    ...routes,
    { path: `/api/v1/forums/${ids.integrationsradet}`, respond: () => json(forum, { headers: { ETag: '"4"' } }) },
    { path: `/api/v1/forums/${ids.integrationsradet}/meetings`, respond: () => json([]) },
    ...baseRoutes(),
  ];
}

function renderStanding() {
  renderApp(`/forums/${ids.integrationsradet}`);
}

describe('standing agenda points', () => {
  it('moves a point up by sending it unchanged at its new place, with the version it read', async () => {
    const api = fakeApi(
      forumPage([
        { path: base, respond: () => json({ items, editable: true }) },
        { method: 'PUT', path: `${base}/s2`, respond: () => json({ ...items[1], position: 1, version: 6 }) },
      ]),
    );
    const user = userEvent.setup();
    renderStanding();
    await screen.findByText('RUS – avstämning och uppföljning');
    // The first has no way up, the last no way down.
    expect(screen.queryByRole('button', { name: 'Flytta upp Nyheter från länet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Flytta ned RUS – avstämning och uppföljning' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Flytta upp RUS – avstämning och uppföljning' }));
    await expect.poll(() => api.calls('PUT', `${base}/s2`).length).toBe(1);
    const [request] = api.calls('PUT', `${base}/s2`);
    expect(request.headers.get('If-Match')).toBe('"5"');
    expect(await request.json()).toEqual({
      title: 'RUS – avstämning och uppföljning',
      kind: 'PRESENTATION',
      description: 'Om RUS – avstämning och uppföljning',
      position: 1,
    });
  });

  it('edits a point, keeping its place', async () => {
    const api = fakeApi(
      forumPage([
        { path: base, respond: () => json({ items, editable: true }) },
        {
          method: 'PUT',
          path: `${base}/s1`,
          respond: () => json({ ...items[0], title: 'Nytt från länet', version: 3 }),
        },
      ]),
    );
    const user = userEvent.setup();
    renderStanding();
    const summary = await screen.findByText('Ändra Nyheter från länet');
    await user.click(summary);
    const form = within(summary.closest('details') as HTMLElement);
    const title = form.getByRole('textbox', { name: /Rubrik/ });
    await user.clear(title);
    await user.type(title, 'Nytt från länet');
    await user.click(form.getByRole('button', { name: 'Spara punkten' }));
    expect(await screen.findByText('Den stående punkten Nytt från länet är sparad.')).toBeInTheDocument();
    const [request] = api.calls('PUT', `${base}/s1`);
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(await request.json()).toEqual({
      title: 'Nytt från länet',
      kind: 'PRESENTATION',
      description: 'Om Nyheter från länet',
      position: 1,
    });
  });

  it('shows the kind someone else saved meanwhile and re-applies my title onto it with the new ETag', async () => {
    // The first point as stored, behind the list and a write that checks If-Match as the server does.
    let stored = items[0];
    const api = fakeApi(
      forumPage([
        { path: base, respond: () => json({ items: [stored, items[1]], editable: true }) },
        {
          method: 'PUT',
          path: `${base}/s1`,
          respond: async (request) => {
            if (request.headers.get('If-Match') !== `"${stored.version}"`)
              return problem(412, 'precondition-failed', 'The resource has been changed since you read it');
            stored = { ...stored, ...((await request.clone().json()) as object), version: stored.version + 1 };
            return json(stored);
          },
        },
      ]),
    );
    const user = userEvent.setup();
    renderStanding();
    const summary = await screen.findByText('Ändra Nyheter från länet');
    await user.click(summary);
    const form = within(summary.closest('details') as HTMLElement);
    const title = form.getByRole('textbox', { name: /Rubrik/ });
    await user.clear(title);
    await user.type(title, 'Nytt från länet');
    stored = { ...stored, kind: 'DEEP_DIVE', position: 2, version: stored.version + 1 };
    await user.click(form.getByRole('button', { name: 'Spara punkten' }));

    expect(await conflictRow(/^Typ/)).toEqual(['Fördjupning (arbetspass)', 'Presentation', 'Fördjupning (arbetspass)']);
    expect(screen.getByText('Du har ändrat: Rubrik.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Den stående punkten Nytt från länet är sparad.')).toBeInTheDocument();
    const puts = api.calls('PUT', `${base}/s1`);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    // Their kind and place stay, with my title.
    expect(await puts[1].json()).toEqual({
      title: 'Nytt från länet',
      kind: 'DEEP_DIVE',
      description: 'Om Nyheter från länet',
      position: 2,
    });
    await waitFor(() => expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument());
  });

  it('says that a point someone else removed meanwhile is gone and my change not saved, and reads the list again', async () => {
    let stored = items;
    const api = fakeApi(
      forumPage([
        { path: base, respond: () => json({ items: stored, editable: true }) },
        {
          method: 'PUT',
          path: `${base}/s1`,
          respond: () => problem(412, 'precondition-failed', 'Någon annan har tagit bort detta sedan du läste det'),
        },
      ]),
    );
    const user = userEvent.setup();
    renderStanding();
    const summary = await screen.findByText('Ändra Nyheter från länet');
    await user.click(summary);
    const form = within(summary.closest('details') as HTMLElement);
    await user.type(form.getByRole('textbox', { name: /Rubrik/ }), ' i dag');
    stored = [items[1]];
    await user.click(form.getByRole('button', { name: 'Spara punkten' }));

    const gone = 'Punkten Nyheter från länet finns inte längre – någon annan har tagit bort den.';
    const alert = (await screen.findByText(gone)).closest<HTMLElement>('[role=alert]');
    if (!alert) throw new Error('The message is no alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(within(alert).getByText(/Din ändring är inte sparad/)).toBeInTheDocument();
    expect(screen.queryByText('Något gick fel')).toBeNull();
    expect(screen.queryByText('Ändra Nyheter från länet')).toBeNull();
    const reads = api.calls('GET', base).length;
    await user.click(within(alert).getByRole('button', { name: 'Läs in listan igen' }));
    await waitFor(() => expect(api.calls('GET', base).length).toBe(reads + 1));
    expect(screen.queryByText(gone)).toBeNull();
    expect(screen.getByText('RUS – avstämning och uppföljning')).toBeInTheDocument();
  });

  it('shows what the server refuses at the field', async () => {
    fakeApi(
      forumPage([
        { path: base, respond: () => json({ items, editable: true }) },
        {
          method: 'PUT',
          path: `${base}/s1`,
          respond: () => problem(400, 'validation', 'invalid', [{ field: 'title', message: 'Fyll i en rubrik' }]),
        },
      ]),
    );
    const user = userEvent.setup();
    renderStanding();
    const summary = await screen.findByText('Ändra Nyheter från länet');
    await user.click(summary);
    const form = within(summary.closest('details') as HTMLElement);
    await user.clear(form.getByRole('textbox', { name: /Rubrik/ }));
    await user.click(form.getByRole('button', { name: 'Spara punkten' }));
    expect(await screen.findByText('Formuläret innehåller 1 fel')).toBeInTheDocument();
  });

  it('offers no moving or editing when the forum is not editable by the caller', async () => {
    fakeApi(forumPage([{ path: base, respond: () => json({ items, editable: false }) }]));
    renderStanding();
    await screen.findByText('RUS – avstämning och uppföljning');
    const list = within(screen.getByRole('region', { name: 'Stående dagordningspunkter' }));
    expect(list.queryByRole('button')).toBeNull();
    expect(list.queryByText(/^Ändra/)).toBeNull();
  });
});
