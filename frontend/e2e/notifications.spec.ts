import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** GreenMail's REST API of the e2e stack (scripts/test.sh starts it and passes its address). */
const MAIL_API = process.env.E2E_MAIL_API_URL ?? 'http://localhost:8026';
const SARA = 'sara.nilsson@example.se'; // member.vasteras
const runId = Date.now().toString(36);
const agreementTitle = `Överenskommelse med notiser ${runId}`;
const forumName = `Följt samråd ${runId}`;

type Mail = { subject: string; mimeMessage: string };

/** Waits until GreenMail has received a mail to the address whose subject contains the text (the API dispatches every second). */
async function deliveredMail(request: APIRequestContext, address: string, subject: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL_API}/api/user/${address}/messages/INBOX/`);
        const text = await response.text();
        const mails = text.trim().startsWith('[') ? (JSON.parse(text) as Mail[]) : [];
        found = mails.find((mail) => mail.subject.includes(subject));
        return mails.filter((mail) => mail.subject.includes(subject)).length;
      },
      { timeout: 30_000, message: `a mail to ${address} about "${subject}"` },
    )
    .toBe(1);
  return found as Mail;
}

async function idOf(response: { json: () => Promise<unknown> }): Promise<string> {
  return ((await response.json()) as { id: string }).id;
}

async function organisationId(request: APIRequestContext, token: string, name: string): Promise<string> {
  const response = await callApi(request, token, 'GET', `/api/v1/organisations?q=${encodeURIComponent(name)}&size=20`);
  const page = (await response.json()) as { items: { id: string; name: string }[] };
  const found = page.items.find((organisation) => organisation.name === name);
  expect(found, name).toBeTruthy();
  return found?.id ?? '';
}

/** An adopted agreement of Västmanland where Västerås stad answers for one goal area, and a round opened on it. */
async function openedRound(request: APIRequestContext): Promise<string> {
  const token = await accessToken(request, 'coordinator.vastmanland');
  const created = await callApi(request, token, 'POST', '/api/v1/agreements', {
    body: {
      kind: 'REGIONAL',
      title: agreementTitle,
      countyCode: '19',
      firstYear: 2026,
      lastYear: 2028,
      purpose: 'Att följa upp.',
      targetGroups: ['NEWLY_ARRIVED'],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = await idOf(created);
  const vasteras = await organisationId(request, token, 'Västerås stad');
  const lansstyrelsen = await organisationId(request, token, 'Länsstyrelsen Västmanlands län');
  for (const [organisation, role] of [
    [lansstyrelsen, 'CONVENER'],
    [vasteras, 'SIGNATORY'],
  ]) {
    const party = await callApi(request, token, 'POST', `/api/v1/agreements/${id}/parties`, {
      body: { organisationId: organisation, role, signatories: [{ name: 'Anna Andersson', title: 'Ordförande' }] },
    });
    expect(party.status(), await party.text()).toBe(201);
  }
  const goalArea = await callApi(request, token, 'POST', `/api/v1/agreements/${id}/goal-areas`, {
    body: {
      number: '1',
      title: 'Arbete',
      goal: 'Fler i arbete.',
      strategies: ['Samordna praktik'],
      targetGroups: ['NEWLY_ARRIVED'],
    },
  });
  const goalAreaId = await idOf(goalArea);
  const responsibility = await callApi(
    request,
    token,
    'POST',
    `/api/v1/agreements/${id}/goal-areas/${goalAreaId}/responsibilities`,
    {
      body: { organisationId: vasteras, kind: 'RESPONSIBLE', level: 'LOCAL' },
    },
  );
  expect(responsibility.status(), await responsibility.text()).toBe(201);
  const current = await callApi(request, token, 'GET', `/api/v1/agreements/${id}`);
  const adopted = await callApi(request, token, 'POST', `/api/v1/agreements/${id}/status`, {
    body: { status: 'ADOPTED' },
    ifMatch: current.headers()['etag'],
  });
  expect(adopted.status(), await adopted.text()).toBe(200);
  const round = await callApi(request, token, 'POST', `/api/v1/agreements/${id}/follow-up-rounds`, {
    body: { year: 2026, deadline: '2027-03-31' },
  });
  expect(round.status(), await round.text()).toBe(201);
  return await idOf(round);
}

/** A forum Västerås stad is no member of, with a held meeting whose minutes the coordinator publishes. */
async function forumWithPublishedMinutes(
  request: APIRequestContext,
  follow: () => Promise<void>,
  forumId: { id?: string },
) {
  const token = await accessToken(request, 'coordinator.vastmanland');
  const forum = await callApi(request, token, 'POST', '/api/v1/forums', {
    body: {
      name: forumName,
      kind: 'FORUM',
      level: 'REGIONAL',
      countyCode: '19',
      meetingsPerYear: 4,
      mandate: ['Följa upp'],
      purposes: ['Lägesbild'],
    },
  });
  expect(forum.status(), await forum.text()).toBe(201);
  forumId.id = await idOf(forum);
  await follow();
  const held = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const meeting = await callApi(request, token, 'POST', `/api/v1/forums/${forumId.id}/meetings`, {
    body: { date: held, startTime: '09:00', endTime: '11:00', location: 'Västerås' },
  });
  expect(meeting.status(), await meeting.text()).toBe(201);
  const meetingId = await idOf(meeting);
  const point = await callApi(request, token, 'POST', `/api/v1/meetings/${meetingId}/agenda-items`, {
    body: { title: 'Lägesbild', kind: 'PRESENTATION' },
  });
  const pointId = await idOf(point);
  const written = await callApi(request, token, 'PUT', `/api/v1/meetings/${meetingId}/agenda-items/${pointId}`, {
    body: { title: 'Lägesbild', kind: 'PRESENTATION', minutes: 'Rådet fick en lägesbild.' },
    ifMatch: '"0"',
  });
  expect(written.status(), await written.text()).toBe(200);
  const current = await callApi(request, token, 'GET', `/api/v1/meetings/${meetingId}`);
  const published = await callApi(request, token, 'POST', `/api/v1/meetings/${meetingId}/minutes/publication`, {
    ifMatch: current.headers()['etag'],
  });
  expect(published.status(), await published.text()).toBe(200);
}

async function loggedInPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

test.describe.serial('notifications', () => {
  let member: Page;

  test('the Västerås member sees the new follow-up task in the notification centre and in the delivered mail', async ({
    browser,
    request,
  }) => {
    const roundId = await openedRound(request);
    const mail = await deliveredMail(request, SARA, `Ny uppföljning: ${agreementTitle} 2026`);
    expect(mail.mimeMessage).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    member = await loggedInPage(browser, 'member.vasteras');
    await member.getByRole('link', { name: /^Notiser/ }).click();
    await arrivedAt(member, 'Notiser');
    const entry = member.getByRole('link', { name: `Ny uppföljning: ${agreementTitle} 2026` });
    await expect(entry).toBeVisible();
    await expect(entry).toHaveAttribute('href', `/follow-up/rounds/${roundId}`);
    await entry.click();
    await arrivedAt(member, `Uppföljning 2026: ${agreementTitle}`);
  });

  test('the member follows a forum and gets its published minutes', async ({ browser, request }) => {
    const forum: { id?: string } = {};
    await forumWithPublishedMinutes(
      request,
      async () => {
        // The member follows the forum from its page.
        await visit(member, `/forums/${forum.id ?? ''}`, forumName);
        await member.getByRole('button', { name: `Följ ${forumName}` }).click();
        await expect(member.getByRole('button', { name: `Sluta följa ${forumName}` })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        await expectNoAxeViolations(member, 'forum followed');
        // The public is offered the minutes by e-mail and as a feed instead.
        const visitor = await (await browser.newContext()).newPage();
        await visit(visitor, `/forums/${forum.id ?? ''}`, forumName);
        await expect(visitor.getByRole('heading', { name: 'Protokollen via e-post' })).toBeVisible();
        await visitor.getByRole('textbox', { name: /^E-postadress/ }).fill('lasare@public.example');
        await visitor.getByRole('button', { name: 'Prenumerera' }).click();
        await expect(visitor.getByText(/bekräftelselänk har skickats till lasare@public.example/)).toBeVisible();
        await expectNoAxeViolations(visitor, 'public subscription requested');
      },
      forum,
    );
    const mail = await deliveredMail(request, SARA, `Protokoll publicerat: ${forumName}`);
    await visit(member, '/notifications', 'Notiser');
    await expect(member.getByRole('link', { name: new RegExp(`Protokoll publicerat: ${forumName}`) })).toBeVisible();

    // The mail's one-click unsubscribe works without login, on its own page.
    const unfolded = mail.mimeMessage.replace(/\r?\n[ \t]+/g, ' ');
    const token1 = /List-Unsubscribe: <[^>]*[?&]token=([^>&]+)>/.exec(unfolded)?.[1];
    expect(token1, 'the mail names its unsubscribe link').toBeTruthy();
    const anonymous = await (await browser.newContext()).newPage();
    await visit(anonymous, `/unsubscribe?token=${token1}`, 'Avsluta prenumeration');
    await expect(anonymous.getByText('Vill du sluta få e-post om Möten och protokoll?')).toBeVisible();
    await anonymous.getByRole('button', { name: 'Avsluta prenumerationen' }).click();
    await expect(anonymous.getByText('Klart. Du får inte längre e-post om Möten och protokoll.')).toBeVisible();
    await expectNoAxeViolations(anonymous, 'unsubscribed');
  });

  test('the preferences show the unsubscribed category as off, and can be saved', async () => {
    await visit(member, '/notifications/preferences', 'E-post från Samverkan');
    const meetings = member.getByRole('radiogroup', { name: 'Möten och protokoll' });
    await expect(meetings.getByRole('radio', { name: 'Ingen e-post' })).toBeChecked();
    await meetings.getByRole('radio', { name: 'Daglig sammanfattning' }).check({ force: true });
    await member.getByRole('button', { name: 'Spara' }).click();
    await expect(member.getByText('Dina val är sparade.')).toBeVisible();
    await expectNoAxeViolations(member, 'preferences saved');
  });
});
