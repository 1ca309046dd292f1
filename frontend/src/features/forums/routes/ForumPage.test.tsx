import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { forum, ids } from '../testData';
import type { ForumMember } from '../types';

const member = forum.members[0];
const memberPath = `/api/v1/forums/${ids.integrationsradet}/members/${member.id}`;

function routes(put: () => Response) {
  let current = forum;
  return fakeApi([
    {
      path: `/api/v1/forums/${ids.integrationsradet}`,
      respond: () => json(current, { headers: { ETag: `"${current.version}"` } }),
    },
    { path: `/api/v1/forums/${ids.integrationsradet}/meetings`, respond: () => json([]) },
    {
      path: `/api/v1/forums/${ids.integrationsradet}/standing-items`,
      respond: () => json({ items: [], editable: false }),
    },
    {
      method: 'PUT',
      path: memberPath,
      respond: () => {
        const response = put();
        if (response.ok)
          current = {
            ...forum,
            members: [{ ...member, role: 'EXPERT', representatives: [member.representatives[1]], version: 1 }],
          };
        return response;
      },
    },
    ...baseRoutes(),
  ]);
}

describe('forum page: members corrected in place', { timeout: 45_000 }, () => {
  it('sends the member changed, with its organisation, the version it read and the representatives kept', async () => {
    const api = routes(() => json({ ...member, role: 'EXPERT', version: 1 }, { headers: { ETag: '"1"' } }));
    const user = userEvent.setup();
    renderApp(`/forums/${ids.integrationsradet}`);
    await user.click(await screen.findByRole('button', { name: /^Ändra\s*Västerås stad$/ }));
    const section = screen.getByRole('region', { name: 'Ändra Västerås stad' });
    const form = within(section);
    const names = form.getAllByRole('textbox', { name: /^Namn/ });
    expect(names.map((field) => (field as HTMLInputElement).value)).toEqual(['Anna Andersson', 'Bo Berg']);
    await user.click(form.getByRole('button', { name: /Roll/ }));
    await user.click(await screen.findByRole('option', { name: /^Sakkunnig/ }));
    await user.click(form.getAllByRole('button', { name: /Ta bort/ })[0]);
    await user.click(form.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Västerås stad är ändrad.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ändra Västerås stad' })).not.toBeInTheDocument();
    const [request] = api.calls('PUT', memberPath);
    expect(request.headers.get('If-Match')).toBe('"0"');
    expect(await request.json()).toEqual({
      organisationId: ids.vasteras,
      role: 'EXPERT',
      representatives: [{ name: 'Bo Berg', substitute: true }],
    });
    expect(api.calls('POST', `/api/v1/forums/${ids.integrationsradet}/members`)).toHaveLength(0);
    expect(api.calls('DELETE', memberPath)).toHaveLength(0);
  });

  it('shows the server’s field error at the field and keeps the form open', async () => {
    routes(() =>
      problem(400, 'invalid', 'invalid', [{ field: 'representatives[0].name', message: 'får inte vara tomt' }]),
    );
    const user = userEvent.setup();
    renderApp(`/forums/${ids.integrationsradet}`);
    await user.click(await screen.findByRole('button', { name: /^Ändra\s*Västerås stad$/ }));
    const form = within(screen.getByRole('region', { name: 'Ändra Västerås stad' }));
    await user.clear(form.getAllByRole('textbox', { name: /^Namn/ })[0]);
    await user.click(form.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByRole('link', { name: /Representant 1: Namn/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ändra Västerås stad' })).toBeInTheDocument();
  });

  it('shows what someone else saved meanwhile and re-applies my role onto their version with its ETag', async () => {
    // The forum as read, and its member behind a PUT that checks If-Match against the member's own version.
    let stored: ForumMember = member;
    const current = () => ({ ...forum, members: [stored] });
    const api = fakeApi([
      {
        path: `/api/v1/forums/${ids.integrationsradet}`,
        respond: () => json(current(), { headers: { ETag: `"${forum.version}"` } }),
      },
      { path: `/api/v1/forums/${ids.integrationsradet}/meetings`, respond: () => json([]) },
      {
        path: `/api/v1/forums/${ids.integrationsradet}/standing-items`,
        respond: () => json({ items: [], editable: false }),
      },
      {
        method: 'PUT',
        path: memberPath,
        respond: async (request: Request) => {
          if (request.headers.get('If-Match') !== `"${stored.version}"`)
            return problem(412, 'precondition-failed', 'The resource has been changed since you read it');
          const body = (await request.clone().json()) as Pick<ForumMember, 'role' | 'description' | 'representatives'>;
          stored = { ...stored, ...body, version: stored.version + 1 };
          return json(stored, { headers: { ETag: `"${stored.version}"` } });
        },
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/forums/${ids.integrationsradet}`);
    await user.click(await screen.findByRole('button', { name: /^Ändra\s*Västerås stad$/ }));
    const form = within(screen.getByRole('region', { name: 'Ändra Västerås stad' }));
    await user.click(form.getByRole('button', { name: /Roll/ }));
    await user.click(await screen.findByRole('option', { name: /^Sakkunnig/ }));
    const added = { name: 'Cecilia Dahl', title: 'Enhetschef', substitute: true };
    stored = {
      ...stored,
      description: 'Genom kommundirektören',
      representatives: [...member.representatives, added],
      version: 1,
    };
    await user.click(form.getByRole('button', { name: 'Spara ändringarna' }));

    expect(await conflictRow(/^Hur organisationen representeras/)).toEqual([
      'Genom kommundirektören',
      '(tomt)',
      'Genom kommundirektören',
    ]);
    expect((await conflictRow(/^Representanter/))[0]).toBe(
      'Anna Andersson, Kommundirektör\nBo Berg (Ersättare)\nCecilia Dahl, Enhetschef (Ersättare)',
    );
    expect(screen.getByText('Du har ändrat: Roll.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Västerås stad är ändrad.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ändra Västerås stad' })).not.toBeInTheDocument();
    const puts = api.calls('PUT', memberPath);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"0"', '"1"']);
    expect(await puts[1].json()).toEqual({
      organisationId: ids.vasteras,
      role: 'EXPERT',
      description: 'Genom kommundirektören',
      representatives: [
        { name: 'Anna Andersson', title: 'Kommundirektör', substitute: false },
        { name: 'Bo Berg', substitute: true },
        added,
      ],
    });
    expect(stored).toMatchObject({ role: 'EXPERT', description: 'Genom kommundirektören', version: 2 });
  });

  it('says that a member someone else removed meanwhile is gone and my change not saved, and reads the list again', async () => {
    let members = forum.members;
    const api = fakeApi([
      {
        path: `/api/v1/forums/${ids.integrationsradet}`,
        respond: () => json({ ...forum, members }, { headers: { ETag: `"${forum.version}"` } }),
      },
      { path: `/api/v1/forums/${ids.integrationsradet}/meetings`, respond: () => json([]) },
      {
        path: `/api/v1/forums/${ids.integrationsradet}/standing-items`,
        respond: () => json({ items: [], editable: false }),
      },
      {
        method: 'PUT',
        path: memberPath,
        respond: () => problem(412, 'precondition-failed', 'Någon annan har tagit bort detta sedan du läste det'),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/forums/${ids.integrationsradet}`);
    await user.click(await screen.findByRole('button', { name: /^Ändra\s*Västerås stad$/ }));
    const form = within(screen.getByRole('region', { name: 'Ändra Västerås stad' }));
    await user.click(form.getByRole('button', { name: /Roll/ }));
    await user.click(await screen.findByRole('option', { name: /^Sakkunnig/ }));
    members = forum.members.filter((candidate) => candidate.id !== member.id);
    await user.click(form.getByRole('button', { name: 'Spara ändringarna' }));

    const gone = 'Medlemmen finns inte längre – någon annan har tagit bort den.';
    const alert = (await screen.findByText(gone)).closest<HTMLElement>('[role=alert]');
    if (!alert) throw new Error('The message is no alert');
    expect(alert).toHaveFocus();
    expect(within(alert).getByText(/Din ändring är inte sparad/)).toBeInTheDocument();
    expect(screen.queryByText('Något gick fel')).toBeNull();
    const forumPath = `/api/v1/forums/${ids.integrationsradet}`;
    const reads = api.calls('GET', forumPath).length;
    await user.click(within(alert).getByRole('button', { name: 'Läs in listan igen' }));
    await expect.poll(() => api.calls('GET', forumPath).length).toBe(reads + 1);
    expect(screen.queryByText(gone)).toBeNull();
  });
});
