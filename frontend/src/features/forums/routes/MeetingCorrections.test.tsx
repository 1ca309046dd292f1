import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { actionItem, ids, meeting, minutes } from '../testData';

function rule(slug: string) {
  return new Response(
    JSON.stringify({ type: 'urn:samverkan:problem:rule-violation', title: 'x', status: 409, detail: 'x', rule: slug }),
    { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const meetingRoutes = (overrides: { meeting?: object; minutes?: object } = {}) => [
  {
    path: `/api/v1/meetings/${ids.meeting}`,
    respond: () => json({ ...meeting, ...overrides.meeting }, { headers: { ETag: '"7"' } }),
  },
  { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json({ ...minutes, ...overrides.minutes }) },
];

describe('correcting a meeting record', { timeout: 45_000 }, () => {
  it('edits a point of the agenda with its version, keeping its minutes', async () => {
    const api = fakeApi([
      ...meetingRoutes(),
      {
        method: 'PUT',
        path: `/api/v1/meetings/${ids.meeting}/agenda-items/${ids.agendaItem}`,
        respond: () => json({ ...meeting.agenda[0], title: 'Lägesbild mottagande', version: 2 }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const summary = await screen.findByText('Ändra punkt 1');
    await user.click(summary);
    const form = summary.closest('details') as HTMLElement;
    const title = within(form).getByRole('textbox', { name: 'Rubrik' });
    await user.clear(title);
    await user.type(title, 'Lägesbild mottagande');
    await user.click(within(form).getByRole('button', { name: 'Spara punkten' }));
    expect(await screen.findByText('Punkt 1 är ändrad.')).toBeInTheDocument();
    const [request] = api.calls('PUT', `/api/v1/meetings/${ids.meeting}/agenda-items/${ids.agendaItem}`);
    expect(request.headers.get('If-Match')).toBe('"1"');
    expect(await request.json()).toMatchObject({
      title: 'Lägesbild mottagande',
      kind: 'STATUS_REPORT',
      presenter: 'Karin',
      minutes: 'Länsstyrelsen redogjorde för läget.',
    });
  });

  it('removes a decision after asking', async () => {
    const api = fakeApi([
      ...meetingRoutes(),
      {
        method: 'DELETE',
        path: `/api/v1/meetings/${ids.meeting}/agenda-items/${ids.agendaItem}/decisions/d1`,
        respond: () => new Response(null, { status: 204 }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    await user.click(await screen.findByRole('button', { name: /^Ta bort beslutet/ }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Beslutet är borttaget.')).toBeInTheDocument();
    expect(
      api
        .calls('DELETE', `/api/v1/meetings/${ids.meeting}/agenda-items/${ids.agendaItem}/decisions/d1`)[0]
        .headers.get('If-Match'),
    ).toBe('"0"');
  });

  it('explains a refused point removal by its rule', async () => {
    fakeApi([
      ...meetingRoutes(),
      {
        method: 'DELETE',
        path: `/api/v1/meetings/${ids.meeting}/agenda-items/${ids.agendaItem}`,
        respond: () => rule('agenda-item-has-action-items'),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const summary = await screen.findByText('Ändra punkt 1');
    await user.click(summary);
    await user.click(
      within(summary.closest('details') as HTMLElement).getByRole('button', { name: 'Ta bort punkt 1' }),
    );
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Punkten har uppdrag och kan därför inte tas bort.')).toBeInTheDocument();
  });

  it('deletes a meeting and shows its forum saying so; a refusal stays on the meeting', async () => {
    fakeApi([
      ...meetingRoutes(),
      { method: 'DELETE', path: `/api/v1/meetings/${ids.meeting}`, respond: () => rule('meeting-has-action-items') },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    await user.click(await screen.findByRole('button', { name: 'Ta bort mötet' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Mötet har uppdrag och kan därför inte tas bort.')).toBeInTheDocument();
  });

  it('warns before publishing minutes without attendees', async () => {
    fakeApi([...meetingRoutes({ minutes: { attendees: [] } }), ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    expect(await screen.findByText(/Inga deltagare är registrerade\. Lägg till dem/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publicera protokollet' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Inga deltagare är registrerade');
    expect(dialog).toHaveTextContent('deltagarna kan inte läggas till efteråt');
  });

  it('says why the minutes cannot be published yet instead of leaving the button out', async () => {
    fakeApi([
      ...meetingRoutes({ meeting: { permissions: { ...meeting.permissions, publishMinutes: false } } }),
      ...baseRoutes(),
    ]);
    renderApp(`/meetings/${ids.meeting}`);
    expect(await screen.findByText(/Protokollet kan publiceras när mötet har börjat/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicera protokollet' })).not.toBeInTheDocument();
  });

  it('drops the page’s old success notice when a form on it shows a new error', async () => {
    fakeApi([
      ...meetingRoutes(),
      {
        method: 'POST',
        path: `/api/v1/meetings/${ids.meeting}/agenda-items`,
        respond: () => problem(400, 'validation', 'invalid', [{ field: 'title', message: 'must not be blank' }]),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await router.navigate({
      to: '/meetings/$id',
      params: { id: ids.meeting },
      state: { notice: { key: 'forums.meetingEdit.saved' } },
    });
    expect(await screen.findByText('Mötet är ändrat.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lägg till punkten' }));
    expect(await screen.findByText('Formuläret innehåller 1 fel')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Mötet är ändrat.')).not.toBeInTheDocument());
  });
});

describe('correcting an action item', { timeout: 45_000 }, () => {
  const editable = { ...actionItem, permissions: { ...actionItem.permissions, edit: true, delete: true } };

  it('changes the title, owner person and due date with the ETag it read', async () => {
    const api = fakeApi([
      { path: `/api/v1/action-items/${ids.actionItem}`, respond: () => json(editable, { headers: { ETag: '"3"' } }) },
      {
        method: 'PUT',
        path: `/api/v1/action-items/${ids.actionItem}`,
        respond: () => json({ ...editable, title: 'Ny titel', version: 4 }, { headers: { ETag: '"4"' } }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    await user.click(await screen.findByText('Ändra titel, ansvarig och datum'));
    const title = screen.getByRole('textbox', { name: 'Uppdrag' });
    await user.clear(title);
    await user.type(title, 'Ny titel');
    await user.type(screen.getByRole('textbox', { name: 'Ansvarig person' }), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Spara uppdraget' }));
    expect(await screen.findByText('Uppdraget är ändrat.')).toBeInTheDocument();
    const [request] = api.calls('PUT', `/api/v1/action-items/${ids.actionItem}`);
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toMatchObject({ title: 'Ny titel', ownerOrganisationId: ids.vasteras });
  });

  it('deletes an item handed out by mistake and returns to its meeting', async () => {
    const api = fakeApi([
      { path: `/api/v1/action-items/${ids.actionItem}`, respond: () => json(editable, { headers: { ETag: '"3"' } }) },
      {
        method: 'DELETE',
        path: `/api/v1/action-items/${ids.actionItem}`,
        respond: () => new Response(null, { status: 204 }),
      },
      ...meetingRoutes(),
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/action-items/${ids.actionItem}`);
    await user.click(await screen.findByRole('button', { name: 'Ta bort uppdraget' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/meetings/${ids.meeting}`));
    expect(await screen.findByText(`Uppdraget ”${actionItem.title}” är borttaget.`)).toBeInTheDocument();
    expect(api.calls('DELETE', `/api/v1/action-items/${ids.actionItem}`)[0].headers.get('If-Match')).toBe('"3"');
  });
});
