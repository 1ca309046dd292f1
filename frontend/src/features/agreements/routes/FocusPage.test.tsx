import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import type { PriorityInput, YearlyPriority } from '../types';
import { agreement, AGREEMENT_ID, GOAL_AREA_ID } from '../testData';

const focusPath = `/api/v1/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}/priorities/2026`;

describe('focus of a year', () => {
  it('on 412 shows what someone else changed, and re-applies my changes with the new ETag', async () => {
    // The focus's ETag is its version, read with the agreement.
    let stored = agreement();
    const focus = () => stored.goalAreas[0].priorities.find((candidate) => candidate.year === 2026) as YearlyPriority;
    const changeFocus = (patch: Partial<YearlyPriority>) => {
      const [area] = stored.goalAreas;
      stored = {
        ...stored,
        goalAreas: [
          {
            ...area,
            priorities: area.priorities.map((candidate) =>
              candidate.year === 2026 ? { ...candidate, ...patch, version: candidate.version + 1 } : candidate,
            ),
          },
        ],
      };
    };
    const api = fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(stored) },
      { path: '/api/v1/forums', respond: () => json({ items: [], total: 0 }) },
      {
        method: 'PUT',
        path: focusPath,
        respond: async (request) => {
          if (request.headers.get('If-Match') !== `"${focus().version}"`)
            return problem(412, 'precondition-failed', 'The focus was changed by someone else');
          const input = (await request.clone().json()) as PriorityInput;
          changeFocus({ points: input.points, decidedBy: input.decidedBy, decidedOn: input.decidedOn });
          return json(focus(), { headers: { ETag: `"${focus().version}"` } });
        },
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}/focus?year=2026`);
    const decidedOn = await screen.findByLabelText(/^Beslutsdatum/);
    await user.clear(decidedOn);
    await user.type(decidedOn, '2026-02-12');
    changeFocus({ points: ['Fler lokala överenskommelser', 'Gemensam lägesbild', 'Språkstöd i praktiken'] });
    await user.click(screen.getByRole('button', { name: 'Spara särskilt fokus för 2026' }));

    const theirs = 'Fler lokala överenskommelser\nGemensam lägesbild\nSpråkstöd i praktiken';
    expect(await conflictRow(/^Fokuspunkter/)).toEqual([
      theirs,
      'Fler lokala överenskommelser\nGemensam lägesbild',
      theirs,
    ]);
    expect(screen.getByText('Du har ändrat: Beslutsdatum.')).toBeInTheDocument();
    await user.click(reapplyButton());
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${AGREEMENT_ID}`));
    expect(api.calls('PUT', focusPath).map((put) => put.headers.get('If-Match'))).toEqual(['"0"', '"1"']);
    expect(focus()).toMatchObject({
      version: 2,
      decidedBy: 'Integrationsrådet',
      decidedOn: '2026-02-12',
      points: ['Fler lokala överenskommelser', 'Gemensam lägesbild', 'Språkstöd i praktiken'],
    });
  });

  it('shows the focus someone else created meanwhile for a year that had none, and re-applies mine onto it', async () => {
    let stored = agreement();
    const path = `/api/v1/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}/priorities/2027`;
    const focus = () => stored.goalAreas[0].priorities.find((candidate) => candidate.year === 2027);
    const setFocus = (input: PriorityInput) => {
      const [area] = stored.goalAreas;
      const version = (focus()?.version ?? -1) + 1;
      const next: YearlyPriority = {
        id: '40000000-0000-4000-8000-000000000027',
        year: 2027,
        status: 'RECORDED',
        points: input.points,
        decidedBy: input.decidedBy,
        decidedOn: input.decidedOn,
        version,
      };
      stored = {
        ...stored,
        goalAreas: [{ ...area, priorities: [...area.priorities.filter((p) => p.year !== 2027), next] }],
      };
      return next;
    };
    const api = fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(stored) },
      { path: '/api/v1/forums', respond: () => json({ items: [], total: 0 }) },
      {
        method: 'PUT',
        path,
        // As the server: a create only if absent (If-None-Match: *) is refused once there is one, a replace needs
        // the ETag of the one there is.
        respond: async (request) => {
          const existing = focus();
          const createOnly = request.headers.get('If-None-Match') === '*';
          if (existing ? createOnly || request.headers.get('If-Match') !== `"${existing.version}"` : !createOnly)
            return problem(412, 'precondition-failed', 'Someone else has set the focus for 2027 since you read it');
          const saved = setFocus((await request.clone().json()) as PriorityInput);
          return json(saved, { status: existing ? 200 : 201, headers: { ETag: `"${saved.version}"` } });
        },
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}/focus?year=2027`);
    expect(await screen.findByText('Det finns inget särskilt fokus för 2027 ännu.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Punkt 1/ }), 'Språkstöd i praktiken');
    // Someone else sets 2027's focus meanwhile.
    setFocus({ points: ['Gemensam lägesbild'], decidedBy: 'Integrationsrådet', decidedOn: '2027-02-01' });
    await user.click(screen.getByRole('button', { name: 'Spara särskilt fokus för 2027' }));

    expect(await conflictRow(/^Fokuspunkter/)).toEqual([
      'Gemensam lägesbild',
      'Språkstöd i praktiken',
      'Språkstöd i praktiken',
    ]);
    expect(await conflictRow(/^Beslutat av/)).toEqual(['Integrationsrådet', '(tomt)', 'Integrationsrådet']);
    expect(screen.getByText('Du har ändrat: Fokuspunkter.')).toBeInTheDocument();
    await user.click(reapplyButton());
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${AGREEMENT_ID}`));
    const puts = api.calls('PUT', path);
    expect(puts.map((put) => [put.headers.get('If-None-Match'), put.headers.get('If-Match')])).toEqual([
      ['*', null],
      [null, '"0"'],
    ]);
    expect(focus()).toMatchObject({
      version: 1,
      points: ['Språkstöd i praktiken'],
      decidedBy: 'Integrationsrådet',
      decidedOn: '2027-02-01',
    });
  });
});
