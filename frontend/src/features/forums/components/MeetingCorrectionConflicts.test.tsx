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
  const routes = [
    {
      path: `/api/v1/meetings/${ids.meeting}`,
      respond: () => {
        return json({ ...meeting, agenda: [withoutMinutes(point), meeting.agenda[1]] }, { headers: { ETag: '"7"' } });
      },
    },
    {
      path: `/api/v1/meetings/${ids.meeting}/minutes`,
      respond: () =>
        json({
          ...minutes,
          items: [
            {
              ...minutes.items[0],
              title: point.title,
              minutes: point.minutes,
              decisions: [decision],
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
