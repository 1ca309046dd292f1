import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, type FakeRoute } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { ids, meeting, minutes } from '../testData';

const decisions = `/api/v1/meetings/${ids.meeting}/agenda-items/a2/decisions`;
const rus = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const plan = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const candidates = [
  { kind: 'PRIORITY', subjectId: 'p1', label: 'Samverkansplan Västmanland: 1 Arbete 2026', agreementId: plan },
  { kind: 'AGREEMENT_ADOPTION', subjectId: plan, label: 'Samverkansplan Västmanland', agreementId: plan },
  { kind: 'PHASE_COMPLETION', subjectId: 'f1', label: 'RUS Västmanland: Förankring', agreementId: rus },
  { kind: 'SUB_STRATEGY_ADOPTION', subjectId: 'd1', label: 'Delstrategi nyanlända', agreementId: 'd1' },
  { kind: 'FOLLOW_UP_APPROVAL', subjectId: 'r1', label: 'Uppföljning 2025', agreementId: plan },
];

/** A problem body as the API writes it, with the rule of a 409. */
function refusal(status: number, body: Record<string, unknown>) {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'refused', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

function meetingPage(decide: FakeRoute['respond']) {
  return fakeApi([
    { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
    { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
    { path: `/api/v1/meetings/${ids.meeting}/decision-subjects`, respond: () => json(candidates) },
    { method: 'POST', path: decisions, respond: decide },
    ...baseRoutes(),
  ]);
}

async function openForm(user: ReturnType<typeof userEvent.setup>) {
  renderApp(`/meetings/${ids.meeting}`);
  const summary = await screen.findByText('Lägg till beslut på punkt 2');
  await user.click(summary);
  const group = await within(summary.closest('details') as HTMLElement).findByRole('group', {
    name: /^Beslutet gäller/,
  });
  const form = group.closest('form') as HTMLElement;
  await user.click(within(form).getByRole('textbox', { name: /^Beslut/ }));
  await user.paste('Rådet beslutade enligt förslaget.');
  await user.click(within(form).getByRole('button', { name: /Utfall/ }));
  await user.click(await screen.findByRole('option', { name: 'Beslutat' }));
  return { group: within(group), form: within(form) };
}

describe('the decision form', () => {
  it('offers every kind of effect the API supports and sends all that are ticked, in the offered order', async () => {
    const api = meetingPage(() => json({ id: 'x', effects: [] }, { status: 201 }));
    const user = userEvent.setup();
    const { group, form } = await openForm(user);
    expect(group.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Fastställ prioriteringen: Samverkansplan Västmanland: 1 Arbete 2026',
      'Anta överenskommelsen: Samverkansplan Västmanland',
      'Fasen är klar: RUS Västmanland: Förankring',
      'Anta delstrategin: Delstrategi nyanlända',
      'Godkänn uppföljningen: Uppföljning 2025',
    ]);
    await user.click(group.getByRole('checkbox', { name: 'Fasen är klar: RUS Västmanland: Förankring' }));
    await user.click(group.getByRole('checkbox', { name: /^Fastställ prioriteringen/ }));
    await user.click(form.getByRole('button', { name: 'Lägg till beslutet' }));
    await expect.poll(() => api.calls('POST', decisions).length).toBe(1);
    expect(await api.calls('POST', decisions)[0].json()).toEqual({
      text: 'Rådet beslutade enligt förslaget.',
      outcome: 'ADOPTED',
      subject: 'OTHER',
      effects: [
        { kind: 'PRIORITY', subjectId: 'p1' },
        { kind: 'PHASE_COMPLETION', subjectId: 'f1' },
      ],
    });
    expect(await screen.findByText('Beslutet är tillagt.')).toBeInTheDocument();
  });

  it('names the agreement when every effect is of the same one, and shows the rule that blocks one of them', async () => {
    const api = meetingPage(() =>
      refusal(409, {
        rule: 'adoption-needs-two-parties',
        detail: 'En överenskommelse behöver minst två parter för att kunna antas; den har 1',
      }),
    );
    const user = userEvent.setup();
    const { group, form } = await openForm(user);
    await user.click(group.getByRole('checkbox', { name: /^Anta överenskommelsen/ }));
    await user.click(group.getByRole('checkbox', { name: /^Godkänn uppföljningen/ }));
    await user.click(form.getByRole('button', { name: 'Lägg till beslutet' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('En överenskommelse behöver minst två parter för att kunna antas; den har 1');
    expect(alert).toHaveTextContent('Beslutet registrerades inte, och inget av det som kryssades i ändrades.');
    expect(await api.calls('POST', decisions)[0].json()).toMatchObject({
      subject: 'OTHER',
      agreementId: plan,
      effects: [
        { kind: 'AGREEMENT_ADOPTION', subjectId: plan },
        { kind: 'FOLLOW_UP_APPROVAL', subjectId: 'r1' },
      ],
    });
    // Nothing is lost: the ticks stay for another try.
    expect(group.getByRole('checkbox', { name: /^Anta överenskommelsen/ })).toBeChecked();
  });

  it('names the refused effect of a field error by what it was to change', async () => {
    meetingPage(() =>
      refusal(422, {
        errors: [{ field: 'effects[1].subjectId', message: 'Fasen finns inte' }],
      }),
    );
    const user = userEvent.setup();
    const { group, form } = await openForm(user);
    await user.click(group.getByRole('checkbox', { name: /^Anta delstrategin/ }));
    await user.click(group.getByRole('checkbox', { name: /^Fasen är klar/ }));
    await user.click(form.getByRole('button', { name: 'Lägg till beslutet' }));
    expect(
      await screen.findByRole('link', {
        name: 'Beslutet gäller: Anta delstrategin: Delstrategi nyanlända: Fasen finns inte',
      }),
    ).toBeInTheDocument();
  });
});
