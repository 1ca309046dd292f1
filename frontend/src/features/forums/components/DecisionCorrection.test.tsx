import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { ids, meeting, minutes } from '../testData';

const decision = `/api/v1/meetings/${ids.meeting}/agenda-items/${ids.agendaItem}/decisions/d1`;
const rus = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

const candidates = [
  { kind: 'PHASE_COMPLETION', subjectId: 'f1', label: 'RUS Västmanland: Förankring', agreementId: rus },
  { kind: 'PHASE_COMPLETION', subjectId: 'f2', label: 'RUS Västmanland: Analys', agreementId: rus },
  { kind: 'SUB_STRATEGY_ADOPTION', subjectId: 's1', label: 'Delstrategi nyanlända', agreementId: 's1' },
];

/** The meeting's one decision, adopted, which already completed the Förankring phase. */
const decided = {
  ...minutes,
  items: minutes.items.map((item) => ({
    ...item,
    decisions: item.decisions.map((d) => ({
      ...d,
      outcome: 'ADOPTED',
      subject: 'STRATEGY',
      agreement: { id: rus, title: 'RUS Västmanland' },
      effects: [
        {
          kind: 'PHASE_COMPLETION',
          subjectId: 'f1',
          label: 'RUS Västmanland: Förankring',
          agreementId: rus,
          appliedAt: '2026-06-10T10:00:00Z',
          appliedBy: 'Karin Samordnare',
        },
      ],
      version: 3,
    })),
  })),
};

describe('the decision correction form', () => {
  it('keeps the effects a decision has and adds the ones ticked, chosen as when a decision is recorded', async () => {
    const api = fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(decided) },
      { path: `/api/v1/meetings/${ids.meeting}/decision-subjects`, respond: () => json(candidates) },
      { method: 'PUT', path: decision, respond: () => json({ id: 'd1', effects: [] }) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const summary = await screen.findByText('Ändra beslutet');
    await user.click(summary);
    const group = within(
      await within(summary.closest('details') as HTMLElement).findByRole('group', { name: /^Beslutet gäller/ }),
    );
    // The phase the decision already completed is not offered again: it stays as recorded.
    expect(group.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Fasen är klar: RUS Västmanland: Analys',
      'Anta delstrategin: Delstrategi nyanlända',
    ]);
    await user.click(group.getByRole('checkbox', { name: 'Anta delstrategin: Delstrategi nyanlända' }));
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    await expect.poll(() => api.calls('PUT', decision).length).toBe(1);
    const [call] = api.calls('PUT', decision);
    expect(call.headers.get('If-Match')).toBe('"3"');
    expect(await call.json()).toMatchObject({
      outcome: 'ADOPTED',
      subject: 'STRATEGY',
      agreementId: rus,
      effects: [
        { kind: 'PHASE_COMPLETION', subjectId: 'f1' },
        { kind: 'SUB_STRATEGY_ADOPTION', subjectId: 's1' },
      ],
    });
    expect(await screen.findByText('Beslutet är ändrat.')).toBeInTheDocument();
  });

  it('keeps an effect someone else recorded meanwhile when it re-applies the one I added', async () => {
    const [phase] = decided.items[0].decisions[0].effects;
    let stored = decided;
    const recordMeanwhile = () => {
      stored = {
        ...decided,
        items: decided.items.map((item) => ({
          ...item,
          decisions: item.decisions.map((d) => ({
            ...d,
            effects: [...d.effects, { ...phase, subjectId: 'f2', label: 'RUS Västmanland: Analys' }],
            version: 4,
          })),
        })),
      };
    };
    const api = fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(stored) },
      { path: `/api/v1/meetings/${ids.meeting}/decision-subjects`, respond: () => json(candidates) },
      {
        method: 'PUT',
        path: decision,
        respond: (request) =>
          request.headers.get('If-Match') === '"4"'
            ? json({ ...stored.items[0].decisions[0], version: 5 })
            : problem(412, 'precondition-failed', 'The resource has been changed since you read it'),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const summary = await screen.findByText('Ändra beslutet');
    await user.click(summary);
    const group = within(
      await within(summary.closest('details') as HTMLElement).findByRole('group', { name: /^Beslutet gäller/ }),
    );
    await user.click(group.getByRole('checkbox', { name: 'Anta delstrategin: Delstrategi nyanlända' }));
    recordMeanwhile();
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));

    expect(await conflictRow(/^Beslutet gäller redan/)).toEqual([
      'Fasen är klar: RUS Västmanland: Förankring\nFasen är klar: RUS Västmanland: Analys',
      'Fasen är klar: RUS Västmanland: Förankring',
      'Fasen är klar: RUS Västmanland: Förankring\nFasen är klar: RUS Västmanland: Analys',
    ]);
    await user.click(reapplyButton());
    expect(await screen.findByText('Beslutet är ändrat.')).toBeInTheDocument();
    const puts = api.calls('PUT', decision);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect((await puts[1].json()) as object).toMatchObject({
      effects: [
        { kind: 'PHASE_COMPLETION', subjectId: 'f1' },
        { kind: 'PHASE_COMPLETION', subjectId: 'f2' },
        { kind: 'SUB_STRATEGY_ADOPTION', subjectId: 's1' },
      ],
    });
  });
});
