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
});
