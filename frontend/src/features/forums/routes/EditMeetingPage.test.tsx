import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import { ids, meeting, minutes } from '../testData';

describe('edit meeting', { timeout: 45_000 }, () => {
  it('saves the meeting with the ETag it read, sending the attendees kept and added', async () => {
    const api = fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
      {
        method: 'PUT',
        path: `/api/v1/meetings/${ids.meeting}`,
        respond: () => json({ ...meeting, version: 8 }, { headers: { ETag: '"8"' } }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}/edit`);
    const location = await screen.findByRole('textbox', { name: 'Plats' });
    await user.clear(location);
    await user.type(location, 'Stadshuset, Västerås');
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveValue('Karin Samordnare');
    await user.click(screen.getByRole('button', { name: 'Lägg till deltagare' }));
    const names = screen.getAllByRole('textbox', { name: 'Namn' });
    await user.type(names[1], 'Anna Andersson');
    await user.type(screen.getAllByRole('textbox', { name: 'Titel eller roll' })[1], 'Enhetschef');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Mötet är ändrat.')).toBeInTheDocument();
    const [request] = api.calls('PUT', `/api/v1/meetings/${ids.meeting}`);
    expect(request.headers.get('If-Match')).toBe('"7"');
    expect(await request.json()).toMatchObject({
      date: meeting.date,
      location: 'Stadshuset, Västerås',
      attendees: [
        { name: 'Karin Samordnare', organisationId: ids.lansstyrelsen },
        { name: 'Anna Andersson', title: 'Enhetschef' },
      ],
    });
  });

  it('shows the server’s field errors at the fields', async () => {
    fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
      {
        method: 'PUT',
        path: `/api/v1/meetings/${ids.meeting}`,
        respond: () =>
          problem(400, 'validation', 'invalid', [{ field: 'onlineUrl', message: 'must match "https?://\\S+"' }]),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}/edit`);
    const link = await screen.findByRole('textbox', { name: 'Länk till digitalt möte' });
    await user.type(link, 'meet');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Formuläret innehåller 1 fel');
    expect(link).toHaveAccessibleDescription(/.+/);
  });

  it('shows what someone else changed meanwhile and re-applies my changes with the new ETag', async () => {
    const resource = versionedResource(`/api/v1/meetings/${ids.meeting}`, meeting);
    const api = fakeApi([
      ...resource.routes,
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}/edit`);
    const location = await screen.findByRole('textbox', { name: 'Plats' });
    await user.clear(location);
    await user.type(location, 'Stadshuset, Västerås');
    resource.changeMeanwhile({ startTime: '10:00:00' });
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    expect(await conflictRow(/^Starttid/)).toEqual(['10:00', '09:30', '10:00']);
    expect(screen.getByText('Du har ändrat: Plats.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Mötet är ändrat.')).toBeInTheDocument();
    const puts = api.calls('PUT', `/api/v1/meetings/${ids.meeting}`);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"7"', '"8"']);
    expect(await puts[1].json()).toMatchObject({
      startTime: '10:00',
      location: 'Stadshuset, Västerås',
      attendees: [{ name: 'Karin Samordnare', organisationId: ids.lansstyrelsen }],
    });
  });

  it('asks before leaving the form with unsaved changes, and stays when asked to', async () => {
    fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/meetings/${ids.meeting}/edit`);
    await user.type(await screen.findByRole('textbox', { name: 'Plats' }), ' och digitalt');
    await user.click(screen.getByRole('link', { name: 'Avbryt' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Vill du lämna sidan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }));
    expect(router.state.location.pathname).toBe(`/meetings/${ids.meeting}/edit`);
    expect(screen.getByRole('textbox', { name: 'Plats' })).toHaveValue(`${meeting.location ?? ''} och digitalt`);
    await user.click(screen.getByRole('link', { name: 'Avbryt' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Lämna sidan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/meetings/${ids.meeting}`));
  });

  it('leaves an untouched form without asking', async () => {
    fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/meetings/${ids.meeting}/edit`);
    await user.click(await screen.findByRole('link', { name: 'Avbryt' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/meetings/${ids.meeting}`));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('adds attendees pasted as a list, one a line with an optional title after a comma', async () => {
    fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}/edit`);
    await user.type(
      await screen.findByRole('textbox', { name: 'Lägg till flera deltagare på en gång' }),
      'Anna Andersson, Enhetschef{Enter}{Enter}Bo Ek',
    );
    await user.click(screen.getByRole('button', { name: 'Lägg till i deltagarlistan' }));
    expect(screen.getAllByRole('textbox', { name: 'Namn' }).map((field) => (field as HTMLInputElement).value)).toEqual([
      'Karin Samordnare',
      'Anna Andersson',
      'Bo Ek',
    ]);
    expect(screen.getAllByRole('textbox', { name: 'Titel eller roll' })[1]).toHaveValue('Enhetschef');
    expect(screen.getByText(/2 deltagare är tillagda i listan/)).toBeInTheDocument();
  });
});
