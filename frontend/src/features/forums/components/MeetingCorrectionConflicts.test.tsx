import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { ids, meeting, minutes } from '../testData';
import type { AgendaItem, Decision } from '../types';

const pointPath = `/api/v1/meetings/${ids.meeting}/agenda-items/${ids.agendaItem}`;
const decisionPath = `${pointPath}/decisions/d1`;

/**
 * The meeting's first point and its decision as the server stores them, each at its version: the meeting and its
 * minutes read them, a write with an older version is refused (412) as the server does, `…Meanwhile` is someone
 * else's save.
 */
/** A point as the meeting shows it: without its minutes (those are in the minutes). */
function withoutMinutes(point: AgendaItem & { minutes?: string }): AgendaItem {
  const item = { ...point };
  delete item.minutes;
  return item;
}

function meetingStore() {
  let point: AgendaItem & { minutes?: string } = { ...meeting.agenda[0], minutes: minutes.items[0].minutes };
  let decision: Decision = { ...minutes.items[0].decisions[0] };
  const stale = () => problem(412, 'precondition-failed', 'The resource has been changed since you read it');
  // Removed by someone else: with a trace in the history a write to it is stale (412), without one it is unknown (404).
  const removed: { point?: 'traced' | 'untraced'; decision?: 'traced' | 'untraced' } = {};
  const gone = (how: 'traced' | 'untraced') =>
    how === 'traced'
      ? problem(412, 'precondition-failed', 'Någon annan har tagit bort detta sedan du läste det')
      : problem(404, 'not-found', 'Hittades inte');
  const routes = [
    {
      path: `/api/v1/meetings/${ids.meeting}`,
      respond: () => {
        const agenda = removed.point ? [meeting.agenda[1]] : [withoutMinutes(point), meeting.agenda[1]];
        return json({ ...meeting, agenda }, { headers: { ETag: '"7"' } });
      },
    },
    {
      path: `/api/v1/meetings/${ids.meeting}/minutes`,
      respond: () =>
        json({
          ...minutes,
          items: removed.point
            ? []
            : [
                {
                  ...minutes.items[0],
                  title: point.title,
                  minutes: point.minutes,
                  decisions: removed.decision ? [] : [decision],
                  version: point.version,
                },
              ],
        }),
    },
    { path: `/api/v1/meetings/${ids.meeting}/decision-subjects`, respond: () => json([]) },
    {
      method: 'PUT',
      path: pointPath,
      respond: async (request: Request) => {
        if (removed.point) return gone(removed.point);
        if (request.headers.get('If-Match') !== `"${point.version}"`) return stale();
        const body = (await request.clone().json()) as Partial<AgendaItem> & { minutes?: string };
        point = { ...point, ...body, version: point.version + 1 };
        return json(withoutMinutes(point));
      },
    },
    {
      method: 'PUT',
      path: decisionPath,
      respond: async (request: Request) => {
        if (removed.decision || removed.point) return gone(removed.decision ?? removed.point ?? 'untraced');
        if (request.headers.get('If-Match') !== `"${decision.version}"`) return stale();
        const body = (await request.clone().json()) as Pick<Decision, 'text' | 'outcome' | 'caseNumber'>;
        const { text, outcome, caseNumber } = body;
        decision = { ...decision, text, outcome, caseNumber, version: decision.version + 1 };
        return json(decision);
      },
    },
    ...baseRoutes(),
  ];
  return {
    routes,
    get point() {
      return point;
    },
    get decision() {
      return decision;
    },
    pointMeanwhile(patch: Partial<AgendaItem> & { minutes?: string }) {
      point = { ...point, ...patch, version: point.version + 1 };
    },
    decisionMeanwhile(patch: Partial<Decision>) {
      decision = { ...decision, ...patch, version: decision.version + 1 };
    },
    /** Someone else's removal of the first point (and with it its decision). */
    pointRemovedMeanwhile(how: 'traced' | 'untraced' = 'traced') {
      removed.point = how;
    },
    /** Someone else's removal of the decision. */
    decisionRemovedMeanwhile(how: 'traced' | 'untraced' = 'traced') {
      removed.decision = how;
    },
  };
}

/** Opens a disclosure of the meeting's page and gives what is inside it. */
async function open(user: ReturnType<typeof userEvent.setup>, summaryText: string) {
  const summary = await screen.findByText(summaryText);
  await user.click(summary);
  return within(summary.closest('details') as HTMLElement);
}

const ifMatches = (api: ReturnType<typeof fakeApi>, path: string) =>
  api.calls('PUT', path).map((call) => call.headers.get('If-Match'));

describe('correcting a meeting when someone else saved meanwhile', { timeout: 45_000 }, () => {
  it('shows the presenter they changed and re-applies my title onto their version, keeping their minutes', async () => {
    const store = meetingStore();
    const api = fakeApi(store.routes);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const form = await open(user, 'Ändra punkt 1');
    const title = form.getByRole('textbox', { name: 'Rubrik' });
    await user.clear(title);
    await user.type(title, 'Lägesbild mottagande');
    store.pointMeanwhile({ presenter: 'Anna', minutes: 'Anna redogjorde för läget.' });
    await user.click(form.getByRole('button', { name: 'Spara punkten' }));

    expect(await conflictRow(/^Föredragande/)).toEqual(['Anna', 'Karin', 'Anna']);
    expect(screen.getByText('Du har ändrat: Rubrik.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Punkt 1 är ändrad.')).toBeInTheDocument();
    expect(ifMatches(api, pointPath)).toEqual(['"1"', '"2"']);
    expect(store.point).toMatchObject({
      version: 3,
      title: 'Lägesbild mottagande',
      presenter: 'Anna',
      minutes: 'Anna redogjorde för läget.',
    });
    await waitFor(() => expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument());
  });

  it('saves the minutes of a point with its version, sending the point as it is', async () => {
    const store = meetingStore();
    const api = fakeApi(store.routes);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const form = await open(user, 'Skriv protokoll för punkt 1');
    const text = form.getByRole('textbox', { name: 'Protokoll för punkt 1' });
    await user.clear(text);
    await user.type(text, 'Rådet diskuterade läget.');
    await user.click(form.getByRole('button', { name: 'Spara protokollet' }));
    expect(await screen.findByText('Protokollet för punkten är sparat.')).toBeInTheDocument();
    const [request] = api.calls('PUT', pointPath);
    expect(request.headers.get('If-Match')).toBe('"1"');
    expect(await request.json()).toEqual({
      title: 'Lägesbild etablering',
      kind: 'STATUS_REPORT',
      presenter: 'Karin',
      minutes: 'Rådet diskuterade läget.',
    });
  });

  it('shows the minutes they saved and re-applies mine onto their version, keeping their title', async () => {
    const store = meetingStore();
    const api = fakeApi(store.routes);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const form = await open(user, 'Skriv protokoll för punkt 1');
    const text = form.getByRole('textbox', { name: 'Protokoll för punkt 1' });
    await user.clear(text);
    await user.type(text, 'Rådet diskuterade läget.');
    store.pointMeanwhile({ title: 'Lägesbild mottagande', minutes: 'Anna redogjorde för läget.' });
    await user.click(form.getByRole('button', { name: 'Spara protokollet' }));

    expect(await conflictRow(/^Protokoll för punkt 1/)).toEqual([
      'Anna redogjorde för läget.',
      'Rådet diskuterade läget.',
      'Rådet diskuterade läget.',
    ]);
    await user.click(reapplyButton());
    expect(await screen.findByText('Protokollet för punkten är sparat.')).toBeInTheDocument();
    expect(ifMatches(api, pointPath)).toEqual(['"1"', '"2"']);
    expect(store.point).toMatchObject({
      version: 3,
      title: 'Lägesbild mottagande',
      minutes: 'Rådet diskuterade läget.',
    });
    await waitFor(() => expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument());
  });

  it('shows the outcome and case number they saved and re-applies my text onto their decision', async () => {
    const store = meetingStore();
    const api = fakeApi(store.routes);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const form = await open(user, 'Ändra beslutet');
    const text = form.getByRole('textbox', { name: /^Beslut/ });
    await user.clear(text);
    await user.type(text, 'Rådet noterade lägesbilden med tack.');
    store.decisionMeanwhile({ outcome: 'ADOPTED', caseNumber: 'IR 2026/12' });
    await user.click(form.getByRole('button', { name: 'Spara beslutet' }));

    expect(await conflictRow(/^Utfall/)).toEqual(['Beslutat', 'Noterat', 'Beslutat']);
    expect(await conflictRow(/^Diarienummer/)).toEqual(['IR 2026/12', '(tomt)', 'IR 2026/12']);
    expect(screen.getByText('Du har ändrat: Beslut.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Beslutet är ändrat.')).toBeInTheDocument();
    expect(ifMatches(api, decisionPath)).toEqual(['"0"', '"1"']);
    expect(await api.calls('PUT', decisionPath)[1].json()).toEqual({
      text: 'Rådet noterade lägesbilden med tack.',
      outcome: 'ADOPTED',
      subject: 'OTHER',
      caseNumber: 'IR 2026/12',
      effects: [],
    });
    expect(store.decision.version).toBe(2);
    await waitFor(() => expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument());
  });
});

/** The warning that says what was removed meanwhile, after it took the focus. */
async function goneAlert(text: string) {
  const alert = (await screen.findByText(text)).closest<HTMLElement>('[role=alert]');
  if (!alert) throw new Error('The message is no alert');
  await waitFor(() => expect(alert).toHaveFocus());
  expect(within(alert).getByText(/Din ändring är inte sparad/)).toBeInTheDocument();
  expect(screen.getAllByText(text)).toHaveLength(1);
  expect(screen.queryByText('Något gick fel')).toBeNull();
  return alert;
}

describe('correcting a meeting when someone else removed the point or decision meanwhile', { timeout: 45_000 }, () => {
  const meetingPath = `/api/v1/meetings/${ids.meeting}`;
  const pointGone = 'Punkten Lägesbild etablering finns inte längre – någon annan har tagit bort den.';
  const decisionGone = 'Beslutet finns inte längre – någon annan har tagit bort det.';

  it('says that the point is gone and my change not saved (412), and reads the list again', async () => {
    const store = meetingStore();
    const api = fakeApi(store.routes);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const form = await open(user, 'Ändra punkt 1');
    await user.type(form.getByRole('textbox', { name: 'Rubrik' }), ' i dag');
    store.pointRemovedMeanwhile();
    await user.click(form.getByRole('button', { name: 'Spara punkten' }));

    const alert = await goneAlert(pointGone);
    expect(screen.queryByText('Ändra punkt 1')).toBeNull();
    expect(screen.queryByText('Någon annan har sparat en nyare version')).toBeNull();
    const reads = api.calls('GET', meetingPath).length;
    await user.click(within(alert).getByRole('button', { name: 'Läs in listan igen' }));
    await waitFor(() => expect(api.calls('GET', meetingPath).length).toBe(reads + 1));
    expect(screen.queryByText(pointGone)).toBeNull();
    expect(screen.getByText('Ändra punkt 2')).toBeInTheDocument();
  });

  it('says so for the minutes of a point removed meanwhile, on a 404 too', async () => {
    const store = meetingStore();
    fakeApi(store.routes);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const form = await open(user, 'Skriv protokoll för punkt 1');
    await user.type(form.getByRole('textbox', { name: 'Protokoll för punkt 1' }), ' Tillägg.');
    store.pointRemovedMeanwhile('untraced');
    await user.click(form.getByRole('button', { name: 'Spara protokollet' }));

    await goneAlert(pointGone);
    await waitFor(() => expect(screen.queryByText('Skriv protokoll för punkt 1')).toBeNull());
    expect(screen.queryByText(/Hittades inte/)).toBeNull();
  });

  it('says that the point is gone when it was removed between the conflict screen and re-applying', async () => {
    const store = meetingStore();
    fakeApi(store.routes);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    const form = await open(user, 'Ändra punkt 1');
    await user.type(form.getByRole('textbox', { name: 'Rubrik' }), ' i dag');
    store.pointMeanwhile({ presenter: 'Anna' });
    await user.click(form.getByRole('button', { name: 'Spara punkten' }));
    expect(await conflictRow(/^Föredragande/)).toEqual(['Anna', 'Karin', 'Anna']);
    store.pointRemovedMeanwhile();
    await user.click(reapplyButton());

    await goneAlert(pointGone);
    expect(screen.queryByText('Någon annan har sparat en nyare version')).toBeNull();
    expect(screen.queryByText('Ändra punkt 1')).toBeNull();
  });

  it.each(['traced', 'untraced'] as const)(
    'says that the decision is gone (removed %s: 412, 404), and reads the list again',
    async (how) => {
      const store = meetingStore();
      const api = fakeApi(store.routes);
      const user = userEvent.setup();
      renderApp(`/meetings/${ids.meeting}`);
      const form = await open(user, 'Ändra beslutet');
      await user.type(form.getByRole('textbox', { name: /^Beslut/ }), ' med tack');
      store.decisionRemovedMeanwhile(how);
      await user.click(form.getByRole('button', { name: 'Spara beslutet' }));

      const alert = await goneAlert(decisionGone);
      await waitFor(() => expect(screen.queryByText('Ändra beslutet')).toBeNull());
      expect(screen.queryByText(/Hittades inte/)).toBeNull();
      const reads = api.calls('GET', `${meetingPath}/minutes`).length;
      await user.click(within(alert).getByRole('button', { name: 'Läs in listan igen' }));
      await waitFor(() => expect(api.calls('GET', `${meetingPath}/minutes`).length).toBe(reads + 1));
      expect(screen.queryByText(decisionGone)).toBeNull();
      expect(screen.getByText('Ändra punkt 1')).toBeInTheDocument();
    },
  );
});
