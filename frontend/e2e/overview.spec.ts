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

type Round = { id: string; tasks: { assessmentId: string; goalArea: { number: string } }[] };

async function organisationId(request: APIRequestContext, token: string, name: string): Promise<string> {
  const response = await callApi(request, token, 'GET', `/api/v1/organisations?q=${encodeURIComponent(name)}&size=20`);
  const page = (await response.json()) as { items: { id: string; name: string }[] };
  return page.items.find((organisation) => organisation.name === name)?.id ?? '';
}

/**
 * An adopted agreement of Västmanland with two goal areas Västerås stad is responsible for, and two open rounds
 * (2026 due 2027-03-31, 2027 due 2028-03-31); Västerås has submitted the work assessment of 2026.
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
  const submitted = rounds[0]?.tasks.find((task) => task.goalArea.number === '1')?.assessmentId ?? '';
  const member = await accessToken(request, 'member.vasteras');
  const before = await callApi(request, member, 'GET', `/api/v1/assessments/${submitted}`);
  const saved = await callApi(request, member, 'PUT', `/api/v1/assessments/${submitted}`, {
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
  const submittedResponse = await callApi(request, member, 'POST', `/api/v1/assessments/${submitted}/submit`, {
    ifMatch: saved.headers()['etag'],
  });
  expect(submittedResponse.status(), await submittedResponse.text()).toBe(200);
  return { round2026: rounds[0]?.id ?? '', submitted };
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
    // Due 31 March 2027 before due 31 March 2028; the submitted one (done) after every open one.
    // The action-plan activity, due 15 January 2027, before the assessments due 31 March 2027.
    const planned = rows.findIndex((row) => row.includes(activity));
    expect(planned, rows.join('\n')).toBeGreaterThanOrEqual(0);
    expect(rows[planned]).toContain('Aktivitet i handlingsplan');
    expect(rows[planned]).toContain('15 januari 2027');
    expect(planned).toBeLessThan(housing2026);
    expect(housing2026).toBeLessThan(work2027);
    expect(work2027).toBeLessThan(housing2027);
    expect(housing2027).toBeLessThan(work2026);
    expect(rows[housing2026]).toContain('31 mars 2027');
    expect(rows[housing2027]).toContain('31 mars 2028');
    expect(rows[work2026]).toContain('Klar');
    const firstDone = rows.findIndex((row) => row.includes('Klar'));
    expect(
      rows.slice(firstDone).every((row) => row.includes('Klar')),
      'no open task after a done one',
    ).toBe(true);

    // The page of its own keeps the filters in the address.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina uppgifter' }).click();
    await arrivedAt(page, 'Mina uppgifter');
    await choose(page, 'Läge', 'Klar');
    await expect(page).toHaveURL(/[?&]state=DONE/);
    const done = page.getByRole('table', { name: 'Mina uppgifter' });
    await expect(done.getByRole('row').filter({ hasText: work }).first()).toBeVisible();
    expect((await rowTexts(done)).every((row) => row.includes('Klar'))).toBe(true);
    await expectNoAxeViolations(page, 'my tasks, done');

    await done
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

  test('the coordinator sees what waits: the submitted assessment and who has not submitted', async ({ page }) => {
    await loggedIn(page, 'coordinator.vastmanland');
    const reviews = page.getByRole('table', { name: 'Bedömningar att granska' });
    await expect(reviews.getByRole('row').filter({ hasText: agreementTitle })).toContainText(`1 ${work}`);
    const rounds = page.getByRole('table', { name: 'Öppna uppföljningsomgångar där inte alla har lämnat in' });
    const roundRows = rounds.getByRole('row').filter({ hasText: agreementTitle });
    await expect(roundRows).toHaveCount(2);
    await expect(roundRows.first()).toContainText('Har inte lämnat in: Västerås stad');
    const rows = await rowTexts(rounds);
    const deadlines = rows.filter((row) => row.includes(agreementTitle));
    expect(deadlines[0]).toContain('2026');
    expect(deadlines[1]).toContain('2027');

    await roundRows.first().getByRole('link', { name: agreementTitle }).click();
    await arrivedAt(page, `Uppföljning 2026: ${agreementTitle}`);

    // The board opens on the coordinator's county.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppdrag' }).click();
    await arrivedAt(page, 'Uppdrag');
    await expect(page).toHaveURL(/[?&]county=19/);
  });
});
