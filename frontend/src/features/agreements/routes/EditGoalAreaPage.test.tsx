import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { agreement, AGREEMENT_ID, goalArea, GOAL_AREA_ID } from '../testData';

const goalAreaPath = `/api/v1/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}`;

describe('goal area editing', () => {
  it('on 412 shows what someone else changed, and re-applies my changes with the new ETag', async () => {
    // Someone else renamed the goal area after it was read (version 4 → 5).
    let stored = { ...goalArea };
    const api = fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement()) },
      { path: goalAreaPath, respond: () => json(stored, { headers: { ETag: `"${stored.version}"` } }) },
      {
        method: 'PUT',
        path: goalAreaPath,
        respond: async (request) => {
          if (request.headers.get('If-Match') !== `"${stored.version}"`) {
            return problem(412, 'precondition-failed', 'The goal area was changed by someone else');
          }
          stored = {
            ...stored,
            ...((await request.clone().json()) as Partial<typeof stored>),
            version: stored.version + 1,
          };
          return json(stored, { headers: { ETag: `"${stored.version}"` } });
        },
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}/edit`);
    const goal = await screen.findByRole('textbox', { name: /^Mål/ });
    stored = { ...stored, title: 'Samverkan, samordning och uppföljning', version: 5 };

    await user.clear(goal);
    await user.type(goal, 'Samsyn i hela länet.');
    await user.click(screen.getByRole('button', { name: 'Spara målområdet' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Någon annan har sparat en nyare version');
    await waitFor(() => expect(warning).toHaveFocus());
    const table = screen.getByRole('table', { name: 'Ändringar som någon annan har sparat sedan du började redigera' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Uppgift', 'Sparat nu', 'I ditt formulär', 'Sparas om du använder dina ändringar']);
    const row = within(table).getByRole('row', { name: /Rubrik/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Samverkan, samordning och uppföljning',
      'Samverkan och samordning',
      'Samverkan, samordning och uppföljning',
    ]);
    expect(screen.getByText('Du har ändrat: Mål.')).toBeInTheDocument();
    expect(api.calls('PUT', goalAreaPath)[0].headers.get('If-Match')).toBe('"4"');

    await user.click(screen.getByRole('button', { name: 'Använd mina ändringar på den senaste versionen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${AGREEMENT_ID}`));
    const reapplied = api.calls('PUT', goalAreaPath)[1];
    expect(reapplied.headers.get('If-Match')).toBe('"5"');
    expect(await reapplied.json()).toMatchObject({
      number: '3.1',
      title: 'Samverkan, samordning och uppföljning',
      goal: 'Samsyn i hela länet.',
      strategies: goalArea.strategies,
    });
  });

  it('can drop my changes and load the latest version instead', async () => {
    let stored = { ...goalArea };
    fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement()) },
      { path: goalAreaPath, respond: () => json(stored, { headers: { ETag: `"${stored.version}"` } }) },
      { method: 'PUT', path: goalAreaPath, respond: () => problem(412, 'precondition-failed', 'Stale') },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}/edit`);
    const title = await screen.findByRole('textbox', { name: /^Rubrik/ });
    stored = { ...stored, goal: 'Ny målformulering', version: 5 };
    await user.type(title, ' i länet');
    await user.click(screen.getByRole('button', { name: 'Spara målområdet' }));
    await user.click(await screen.findByRole('button', { name: 'Läs in senaste versionen' }));

    expect(await screen.findByText(/Den senaste versionen är inläst/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Rubrik/ })).toHaveValue('Samverkan och samordning');
    expect(screen.getByRole('textbox', { name: /^Mål/ })).toHaveValue('Ny målformulering');
  });

  it("shows the server's error for one strategy at that strategy and in the summary", async () => {
    fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement()) },
      { path: goalAreaPath, respond: () => json(goalArea, { headers: { ETag: '"4"' } }) },
      {
        method: 'PUT',
        path: goalAreaPath,
        respond: () =>
          problem(400, 'validation', '1 field is invalid', [{ field: 'strategies[1]', message: 'must not be blank' }]),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}/edit`);
    await user.clear(await screen.findByRole('textbox', { name: 'Strategi 2' }));
    await user.click(screen.getByRole('button', { name: 'Spara målområdet' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Formuläret innehåller 1 fel');
    expect(within(summary).getByRole('link', { name: 'Strategi 2: must not be blank' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Strategi 2' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('is not permitted to those who may not edit the agreement', async () => {
    fakeApi([
      {
        path: `/api/v1/agreements/${AGREEMENT_ID}`,
        respond: () =>
          json(
            agreement({
              permissions: {
                edit: false,
                editPriorities: false,
                delete: false,
                statusChanges: [],
                runFollowUp: false,
                revise: false,
                createLocal: false,
                giveConsultationInput: false,
              },
            }),
          ),
      },
      { path: goalAreaPath, respond: () => json(goalArea) },
      ...baseRoutes(),
    ]);
    renderApp(`/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeInTheDocument();
  });
});
