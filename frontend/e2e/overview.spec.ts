import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, choose, login } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** Names no earlier run has used. */
const runId = Date.now().toString(36);
const agreementTitle = `Överenskommelse för översikten ${runId}`;
const work = `Arbete ${runId}`;
const housing = `Bosättning ${runId}`;
const activity = `Språkpraktik ${runId}`;
const forumName = `Översiktsrådet ${runId}`;

type Round = { id: string; tasks: { assessmentId: string; goalArea: { number: string } }[] };

async function organisationId(request: APIRequestContext, token: string, name: string): Promise<string> {
  const response = await callApi(request, token, 'GET', `/api/v1/organisations?q=${encodeURIComponent(name)}&size=20`);
  const page = (await response.json()) as { items: { id: string; name: string }[] };
  return page.items.find((organisation) => organisation.name === name)?.id ?? '';
}

/**
 * An adopted agreement of Västmanland with two goal areas Västerås stad is responsible for, and two open rounds
 * (2026 due 2027-03-31, 2027 due 2028-03-31); Västerås has submitted the work assessment of 2026 and the housing
 * one of 2027.
 */
async function prepare(request: APIRequestContext): Promise<{ round2026: string; submitted: string }> {
  const token = await accessToken(request, 'coordinator.vastmanland');
  const created = await callApi(request, token, 'POST', '/api/v1/agreements', {
    body: {
      kind: 'REGIONAL',
      title: agreementTitle,
      countyCode: '19',
      firstYear: 2026,
      lastYear: 2028,
      purpose: 'Att följa upp nyanländas etablering i Västmanland.',
      targetGroups: ['NEWLY_ARRIVED'],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  const lansstyrelsen = await organisationId(request, token, 'Länsstyrelsen Västmanlands län');
  const vasteras = await organisationId(request, token, 'Västerås stad');
  // adoption needs two parties
  for (const [organisation, role] of [
    [lansstyrelsen, 'CONVENER'],
    [vasteras, 'SIGNATORY'],
  ]) {
    const party = await callApi(request, token, 'POST', `/api/v1/agreements/${id}/parties`, {
      body: { organisationId: organisation, role, signatories: [{ name: 'Anna Andersson', title: 'Ordförande' }] },
    });
    expect(party.status(), await party.text()).toBe(201);
  }
  let workGoalArea = '';
  for (const [number, title] of [
    ['1', work],
    ['2', housing],
  ]) {
    const goalArea = await callApi(request, token, 'POST', `/api/v1/agreements/${id}/goal-areas`, {
      body: {
        number,
        title,
        goal: 'Fler nyanlända i arbete och bostad.',
        strategies: ['Samordna insatserna'],
        targetGroups: ['NEWLY_ARRIVED'],
      },
    });
    expect(goalArea.status(), await goalArea.text()).toBe(201);
    const goalAreaId = ((await goalArea.json()) as { id: string }).id;
    if (number === '1') workGoalArea = goalAreaId;
    const responsibility = await callApi(
      request,
      token,
      'POST',
      `/api/v1/agreements/${id}/goal-areas/${goalAreaId}/responsibilities`,
      { body: { organisationId: vasteras, kind: 'RESPONSIBLE', level: 'LOCAL' } },
    );
    expect(responsibility.status(), await responsibility.text()).toBe(201);
  }
  const current = await callApi(request, token, 'GET', `/api/v1/agreements/${id}`);
  const adopted = await callApi(request, token, 'POST', `/api/v1/agreements/${id}/status`, {
    body: { status: 'ADOPTED' },
    ifMatch: current.headers()['etag'],
  });
  expect(adopted.status(), await adopted.text()).toBe(200);
  // An action-plan activity Västerås owns, due before both rounds.
  const planned = await callApi(request, token, 'POST', `/api/v1/agreements/${id}/action-plan/activities`, {
    body: {
      title: activity,
      goalAreaId: workGoalArea,
      ownerOrganisationId: vasteras,
      startsOn: '2026-01-01',
      dueOn: '2027-01-15',
    },
  });
  expect(planned.status(), await planned.text()).toBe(201);

  const rounds: Round[] = [];
  for (const [year, deadline] of [
    [2026, '2027-03-31'],
    [2027, '2028-03-31'],
  ]) {
    const opened = await callApi(request, token, 'POST', `/api/v1/agreements/${id}/follow-up-rounds`, {
      body: { year, deadline },
    });
    expect(opened.status(), await opened.text()).toBe(201);
    const roundId = ((await opened.json()) as { id: string }).id;
    rounds.push((await (await callApi(request, token, 'GET', `/api/v1/follow-up-rounds/${roundId}`)).json()) as Round);
  }
  // Västerås submits the work assessment of 2026 and the housing one of 2027: two to review, due a year apart.
  const submitted = rounds[0]?.tasks.find((task) => task.goalArea.number === '1')?.assessmentId ?? '';
  const submittedLater = rounds[1]?.tasks.find((task) => task.goalArea.number === '2')?.assessmentId ?? '';
  const member = await accessToken(request, 'member.vasteras');
  for (const assessment of [submitted, submittedLater]) {
    const before = await callApi(request, member, 'GET', `/api/v1/assessments/${assessment}`);
    const saved = await callApi(request, member, 'PUT', `/api/v1/assessments/${assessment}`, {
      body: {
        status: 'PARTLY',
        situation: 'Praktiksamverkan har kommit igång.',
        activities: [
          { title: 'Språkpraktik', description: 'Tjugo platser', result: 'Tolv fick arbete', fundingSource: '§37' },
        ],
      },
      ifMatch: before.headers()['etag'],
    });
    expect(saved.status(), await saved.text()).toBe(200);
    const submittedResponse = await callApi(request, member, 'POST', `/api/v1/assessments/${assessment}/submit`, {
      ifMatch: saved.headers()['etag'],
    });
    expect(submittedResponse.status(), await submittedResponse.text()).toBe(200);
  }
  return { round2026: rounds[0]?.id ?? '', submitted };
}

/** A date `days` from today (negative: ago) as `YYYY-MM-DD`; far enough from today that time zones do not matter. */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** What the forum setup made, each pair earlier first. */
const waiting = {
  minutes: [`Hållet möte ${runId} A`, `Hållet möte ${runId} B`],
  upcoming: [`Kommande möte ${runId} A`, `Kommande möte ${runId} B`],
  actionItems: [`Försenat uppdrag ${runId} A`, `Försenat uppdrag ${runId} B`],
  reports: [`Lägesrapport ${runId} A`, `Lägesrapport ${runId} B`],
} as const;

/**
 * A forum of Västmanland with Arboga kommun as member, and in it two of each thing a coordinator's overview waits on,
 * due on different days relative to today (the service's own "today"): two held meetings without published minutes
 * (20 and 10 days ago), two coming up (in 10 and 20 days), two active action items past due (15 and 5 days ago) and
 * two open status reports past due (12 and 4 days ago) with Arboga's contribution missing.
 */
async function prepareForum(request: APIRequestContext): Promise<void> {
  const token = await accessToken(request, 'coordinator.vastmanland');
  const idOf = async (response: Awaited<ReturnType<typeof callApi>>, status = 201) => {
    expect(response.status(), await response.text()).toBe(status);
    return ((await response.json()) as { id: string }).id;
  };
  const forum = await idOf(
    await callApi(request, token, 'POST', '/api/v1/forums', {
      body: { name: forumName, kind: 'FORUM', level: 'REGIONAL', countyCode: '19', mandate: ['Följa upp'] },
    }),
  );
  const arboga = await organisationId(request, token, 'Arboga kommun');
  const member = await callApi(request, token, 'POST', `/api/v1/forums/${forum}/members`, {
    body: { organisationId: arboga },
  });
  expect(member.status(), await member.text()).toBe(201);
  const meeting = (title: string, days: number) =>
    callApi(request, token, 'POST', `/api/v1/forums/${forum}/meetings`, {
      body: { title, date: daysFromToday(days), location: 'Västerås', attendees: [] },
    }).then((response) => idOf(response));
  // Created later-first, so that the order on the page is the service's, not the order of creation.
  await meeting(waiting.minutes[1], -10);
  const heldEarlier = await meeting(waiting.minutes[0], -20);
  await meeting(waiting.upcoming[1], 20);
  await meeting(waiting.upcoming[0], 10);
  const point = await idOf(
    await callApi(request, token, 'POST', `/api/v1/meetings/${heldEarlier}/agenda-items`, {
      body: { title: 'Uppdrag till kommunerna', kind: 'PRESENTATION' },
    }),
  );
  for (const [title, days] of [
    [waiting.actionItems[1], -5],
    [waiting.actionItems[0], -15],
  ] as const) {
    await idOf(
      await callApi(request, token, 'POST', `/api/v1/meetings/${heldEarlier}/agenda-items/${point}/action-items`, {
        body: { title, ownerOrganisationId: arboga, dueOn: daysFromToday(days) },
      }),
    );
  }
  for (const [title, quarter, days] of [
    [waiting.reports[1], 2, -4],
    [waiting.reports[0], 1, -12],
  ] as const) {
    const report = await idOf(
      await callApi(request, token, 'POST', `/api/v1/forums/${forum}/status-reports`, {
        body: { year: 2026, quarter, title, themes: ['Arbetsmarknad'], dueOn: daysFromToday(days) },
      }),
    );
    const invited = await callApi(request, token, 'POST', `/api/v1/status-reports/${report}/invitations`, {
      body: { organisationIds: [arboga] },
    });
    expect(invited.ok(), await invited.text()).toBe(true);
  }
}

const months = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** Each row's deadline (its last cell, e.g. "31 mars 2027 (försenad)") as `YYYY-MM-DD`, or null where none is set. */
async function deadlines(table: Locator): Promise<(string | null)[]> {
  const cells = await table.locator('tbody tr > :last-child').allInnerTexts();
  return cells.map((cell) => {
    const match = /(\d{1,2}) (\p{L}+) (\d{4})/u.exec(cell);
    const month = match ? months.indexOf(match[2]) + 1 : 0;
    return match && month > 0 ? `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}` : null;
  });
}

/** Deadlines earliest first, those without one last: the order the service gives. */
function expectAscending(dates: (string | null)[], what: string): void {
  const dated = dates.filter((date): date is string => date !== null);
  if (dates.length > 1) expect(dated.length, `${what}: deadlines read`).toBeGreaterThan(0);
  expect(dated, `${what}: by deadline`).toEqual([...dated].sort());
  expect(dates.slice(0, dated.length), `${what}: those without a deadline last`).toEqual(dated);
}

/** A task table's rows are open before done, and each part by deadline. */
async function expectOpenThenDoneByDeadline(table: Locator, what: string): Promise<void> {
  const states = await table.locator('tbody tr > :nth-last-child(2)').allInnerTexts();
  const dates = await deadlines(table);
  const done = states.map((state) => state.startsWith('Klar'));
  const firstDone = done.indexOf(true);
  if (firstDone >= 0) expect(done.slice(firstDone).every(Boolean), `${what}: no open task after a done one`).toBe(true);
  expectAscending(
    dates.filter((_, index) => !done[index]),
    `${what}, open`,
  );
  expectAscending(
    dates.filter((_, index) => done[index]),
    `${what}, done`,
  );
}

/** The text of every row of a table body, in order. */
async function rowTexts(table: Locator): Promise<string[]> {
  return table.locator('tbody tr').allInnerTexts();
}

async function loggedIn(page: Page, username: string) {
  await login(page, username);
  await arrivedAt(page, 'Min översikt');
}

test.describe.serial('each person’s overview', () => {
  test.beforeAll(async ({ request }) => {
    await prepare(request);
    await prepareForum(request);
  });

  test('the member’s tasks: open before done, by deadline, each a link to where it is done', async ({ page }) => {
    await loggedIn(page, 'member.vasteras');
    const table = page.getByRole('table', { name: 'Mina uppgifter' });
    await expect(table.getByRole('row').filter({ hasText: housing }).first()).toBeVisible();
    const rows = await rowTexts(table);
    const index = (title: string, year: string) =>
      rows.findIndex((row) => row.includes(title) && row.includes(`${agreementTitle}, ${year}`));
    const housing2026 = index(housing, '2026');
    const work2027 = index(work, '2027');
    const housing2027 = index(housing, '2027');
    const work2026 = index(work, '2026');
    expect(
      [housing2026, work2027, housing2027, work2026].every((i) => i >= 0),
      rows.join('\n'),
    ).toBe(true);
    // Open by deadline: the action-plan activity, due 15 January 2027, before the assessments due 31 March 2027 and
    // then 2028; the two submitted ones (done) after every open one, by deadline among themselves.
    const planned = rows.findIndex((row) => row.includes(activity));
    expect(planned, rows.join('\n')).toBeGreaterThanOrEqual(0);
    expect(rows[planned]).toContain('Aktivitet i handlingsplan');
    expect(rows[planned]).toContain('15 januari 2027');
    expect(planned).toBeLessThan(housing2026);
    expect(housing2026).toBeLessThan(work2027);
    expect(work2027).toBeLessThan(work2026);
    expect(work2026).toBeLessThan(housing2027);
    expect(rows[housing2026]).toContain('31 mars 2027');
    expect(rows[work2027]).toContain('31 mars 2028');
    expect(rows[work2026]).toContain('Klar');
    expect(rows[housing2027]).toContain('Klar');
    expect(rows[housing2027]).toContain('31 mars 2028');
    // And so every row of the list, whoever made it.
    await expectOpenThenDoneByDeadline(table, 'Mina uppgifter');

    // The page of its own keeps the filters in the address: by kind, then by open or done.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina uppgifter' }).click();
    await arrivedAt(page, 'Mina uppgifter');
    const filtered = page.getByRole('table', { name: 'Mina uppgifter' });
    await choose(page, 'Typ av uppgift', 'Aktivitet i handlingsplan');
    await expect(page).toHaveURL(/[?&]kind=PLAN_ACTIVITY/);
    await expect(filtered.getByRole('row').filter({ hasText: housing })).toHaveCount(0);
    await expect(filtered.getByRole('row').filter({ hasText: activity })).toHaveCount(1);
    expect((await rowTexts(filtered)).every((row) => row.includes('Aktivitet i handlingsplan'))).toBe(true);
    await choose(page, 'Typ av uppgift', 'Alla typer');
    await choose(page, 'Läge', 'Klar');
    await expect(page).toHaveURL(/[?&]state=DONE/);
    await expect(page).not.toHaveURL(/[?&]kind=/);
    await expect(filtered.getByRole('row').filter({ hasText: 'Att göra' })).toHaveCount(0);
    await expect(filtered.getByRole('row').filter({ hasText: housing })).toHaveCount(1);
    expect((await rowTexts(filtered)).every((row) => row.includes('Klar'))).toBe(true);
    await expectOpenThenDoneByDeadline(filtered, 'Mina uppgifter, done');
    await expectNoAxeViolations(page, 'my tasks, done');

    await filtered
      .getByRole('link', { name: `1 ${work}` })
      .first()
      .click();
    await arrivedAt(page, new RegExp(`^Bedömning: 1 ${work}`));

    // The action-item board opens on the member's own organisation, and that can be changed.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppdrag' }).click();
    await arrivedAt(page, 'Uppdrag');
    await expect(page).toHaveURL(/[?&]mine=true/);
    await expect(page.getByRole('checkbox', { name: /^Min organisations uppdrag/ })).toBeChecked();
    await page.getByRole('checkbox', { name: /^Min organisations uppdrag/ }).uncheck({ force: true });
    await expect(page).toHaveURL(/[?&]all=true/);
    await expect(page.getByRole('checkbox', { name: /^Min organisations uppdrag/ })).not.toBeChecked();
    await expectNoAxeViolations(page, 'board, everything');
  });

  test('the coordinator sees what waits, each list by deadline, earliest first', async ({ page }) => {
    await loggedIn(page, 'coordinator.vastmanland');
    /** A waiting list holds the two rows made for it, the earlier one first, and all its rows are by deadline. */
    const expectWaiting = async (caption: string, first: string, second: string) => {
      const table = page.getByRole('table', { name: caption });
      await expect(table.getByRole('row').filter({ hasText: second })).toHaveCount(1);
      const rows = await rowTexts(table);
      const [one, two] = [first, second].map((text) => rows.findIndex((row) => row.includes(text)));
      expect(one, `${caption}: ${first}\n${rows.join('\n')}`).toBeGreaterThanOrEqual(0);
      expect(one, `${caption}: ${first} before ${second}`).toBeLessThan(two);
      const dates = await deadlines(table);
      // The two were made due on different days, so the dates read must differ the same way.
      expect(dates[one] ?? '', `${caption}: the deadline of ${first}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((dates[one] ?? '') < (dates[two] ?? ''), `${caption}: ${dates.join(', ')}`).toBe(true);
      expectAscending(dates, caption);
      return rows;
    };

    // Submitted assessments: the work one of 2026 (due 31 March 2027) before the housing one of 2027 (2028).
    const reviews = await expectWaiting('Bedömningar att granska', `1 ${work}`, `2 ${housing}`);
    expect(reviews.find((row) => row.includes(`1 ${work}`))).toContain(`${agreementTitle}, 2026`);
    expect(reviews.find((row) => row.includes(`2 ${housing}`))).toContain(`${agreementTitle}, 2027`);
    const rounds = page.getByRole('table', { name: 'Öppna uppföljningsomgångar där inte alla har lämnat in' });
    const roundRows = rounds.getByRole('row').filter({ hasText: agreementTitle });
    await expect(roundRows).toHaveCount(2);
    await expect(roundRows.first()).toContainText('Har inte lämnat in: Västerås stad');
    const deadlinesOfRounds = (await rowTexts(rounds)).filter((row) => row.includes(agreementTitle));
    expect(deadlinesOfRounds[0]).toContain('2026');
    expect(deadlinesOfRounds[1]).toContain('2027');
    expectAscending(await deadlines(rounds), 'rounds');
    // What the forum setup made, relative to today: past due, coming up, held without minutes.
    const reports = await expectWaiting(
      'Lägesrapporter med försenade inrapporteringar',
      waiting.reports[0],
      waiting.reports[1],
    );
    expect(reports.find((row) => row.includes(waiting.reports[0]))).toContain('Arboga kommun');
    await expectWaiting('Försenade uppdrag i dina forum', waiting.actionItems[0], waiting.actionItems[1]);
    await expectWaiting('Kommande möten', waiting.upcoming[0], waiting.upcoming[1]);
    await expectWaiting('Hållna möten utan publicerat protokoll', waiting.minutes[0], waiting.minutes[1]);

    await roundRows.first().getByRole('link', { name: agreementTitle }).click();
    await arrivedAt(page, `Uppföljning 2026: ${agreementTitle}`);

    // The board opens on the coordinator's county.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppdrag' }).click();
    await arrivedAt(page, 'Uppdrag');
    await expect(page).toHaveURL(/[?&]county=19/);
  });
});
