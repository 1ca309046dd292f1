import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { accessToken, callApi } from './support/api';
import { arrivedAt, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** GreenMail's REST API of the e2e stack (scripts/test.sh starts it and passes its address). */
const MAIL_API = process.env.E2E_MAIL_API_URL ?? 'http://localhost:8026';
const SARA = 'sara.nilsson@example.se'; // member.vasteras
const runId = Date.now().toString(36);

/** Presses an export button and answers the file the browser saved: its name and its bytes. */
async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** A CSV file's lines, without Excel's byte-order mark. */
const csvLines = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);

/** The subjects of the mail GreenMail has received for the address. */
async function subjects(request: APIRequestContext, address: string): Promise<string[]> {
  const response = await request.get(`${MAIL_API}/api/user/${address}/messages/INBOX/`);
  const text = await response.text();
  return text.trim().startsWith('[') ? (JSON.parse(text) as { subject: string }[]).map((mail) => mail.subject) : [];
}

/** Västerås's member answers every question of an open survey through the API and submits. */
async function answerAsVasteras(request: APIRequestContext, surveyId: string, text: string): Promise<void> {
  const memberToken = await accessToken(request, 'member.vasteras');
  const asMember = (await (await callApi(request, memberToken, 'GET', `/api/v1/surveys/${surveyId}`)).json()) as {
    permissions: { answerFor: { id: string } };
    themes: { questions: { key: string; kind: string; options: string[] }[] }[];
  };
  const answerPath = `/api/v1/surveys/${surveyId}/answers/${asMember.permissions.answerFor.id}`;
  const items = asMember.themes
    .flatMap((theme) => theme.questions)
    .map((question) =>
      question.kind === 'STATEMENT'
        ? { questionKey: question.key, agreement: 'AGREE_FULLY', comment: text }
        : question.kind === 'NUMBER'
          ? { questionKey: question.key, number: 1 }
          : question.kind === 'TEXT'
            ? { questionKey: question.key, text }
            : { questionKey: question.key, options: question.options.slice(0, 1) },
    );
  const saved = await callApi(request, memberToken, 'PUT', answerPath, { body: { items } });
  expect(saved.status(), await saved.text()).toBe(201);
  const submitted = await callApi(request, memberToken, 'POST', `${answerPath}/submission`, {
    ifMatch: saved.headers().etag,
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
}

test('a coordinator copies last year’s survey, a member answers, the picture is published and read by anyone', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const thisYear = new Date().getFullYear();
  const token = await accessToken(request, 'coordinator.vastmanland');

  // Last year's Västmanland survey: the national questions of 2021 copied into the county, answered by Västerås,
  // closed early and published (it closes in two days, so that it can be answered here).
  const list = await callApi(request, token, 'GET', '/api/v1/surveys?national=true');
  const national = ((await list.json()) as { id: string; year: number }[]).find((s) => s.year === 2021);
  expect(national).toBeDefined();
  const copied = await callApi(request, token, 'POST', `/api/v1/surveys/${national?.id ?? ''}/copy`, {
    body: {
      countyCode: '19',
      year: thisYear - 1,
      title: `Lägesbild Västmanland ${String(thisYear - 1)} ${runId}`,
      opensOn: `${String(thisYear - 1)}-09-01`,
      closesOn: iso(new Date(Date.now() + 2 * 24 * 3600 * 1000)),
    },
  });
  expect(copied.status()).toBe(201);
  const lastId = ((await copied.json()) as { id: string }).id;
  const step = async (status: string) => {
    const current = await callApi(request, token, 'GET', `/api/v1/surveys/${lastId}`);
    const changed = await callApi(request, token, 'POST', `/api/v1/surveys/${lastId}/status`, {
      body: { status },
      ifMatch: current.headers().etag,
    });
    expect(changed.status()).toBe(200);
  };
  await step('OPEN');
  await answerAsVasteras(request, lastId, 'Förra året.');
  await step('CLOSED');
  await step('PUBLISHED');
  const title = `Lägesbild Västmanland ${String(thisYear)} ${runId}`;

  // The Västmanland coordinator copies it for this year, open from today, and opens it. Axe checks every survey
  // page (visit and arrivedAt scan on arrival) and again in the states a person brings them to.
  const coordinator = await (await browser.newContext()).newPage();
  await login(coordinator, 'coordinator.vastmanland');
  await visit(coordinator, '/surveys?county=19', 'Lägesbild');
  await expect(
    coordinator.getByRole('link', { name: `Lägesbild Västmanland ${String(thisYear - 1)} ${runId}` }),
  ).toBeVisible();
  await visit(coordinator, `/surveys/${lastId}`, `Lägesbild Västmanland ${String(thisYear - 1)} ${runId}`);
  const copyForm = coordinator.getByRole('form', { name: 'Kopiera till en ny enkät' });
  await copyForm.getByLabel('År').fill(String(thisYear));
  await copyForm.getByLabel('Öppnar').fill(iso(new Date()));
  await copyForm.getByLabel('Stänger').fill(iso(new Date(Date.now() + 30 * 24 * 3600 * 1000)));
  await expectNoAxeViolations(coordinator, 'copy form filled in');
  await copyForm.getByRole('button', { name: 'Kopiera' }).click();
  await arrivedAt(coordinator, title);
  await coordinator.getByRole('button', { name: 'Öppna enkäten' }).click();
  await expect(coordinator.getByText('Öppen', { exact: true })).toBeVisible();
  const surveyPath = new URL(coordinator.url()).pathname;

  // Opening invites the asked organisations: Västerås's member gets the mail (the API dispatches every second).
  await expect
    .poll(async () => (await subjects(request, SARA)).filter((subject) => subject === `Ny enkät: ${title}`).length, {
      timeout: 30_000,
    })
    .toBe(1);

  // The Västerås member answers with comments and submits.
  const member = await (await browser.newContext()).newPage();
  await login(member, 'member.vasteras');
  await visit(member, surveyPath, title);
  await member.getByRole('link', { name: 'Svara för Västerås stad' }).click();
  await arrivedAt(member, 'Svar från Västerås stad');
  const groups = member.getByRole('radiogroup');
  const count = await groups.count();
  expect(count).toBe(5);
  for (let i = 0; i < count; i++) {
    await groups
      .nth(i)
      .getByRole('radio', { name: i === 1 ? 'Instämmer inte särskilt' : 'Instämmer delvis' })
      .check({ force: true });
  }
  await member.getByLabel('Kommentar', { exact: true }).nth(1).fill('Bostäder saknas för stora familjer.');
  await member
    .getByRole('checkbox', { name: 'Kommentaren får visas i den publicerade lägesbilden' })
    .nth(1)
    .check({ force: true });
  await member.getByLabel('Kommentar', { exact: true }).nth(0).fill('Intern kommentar om beredskapen.');
  await member.getByLabel('Vilka är styrkorna i kommunens arbete med mottagandet?').fill('Samverkan med regionen.');
  await expectNoAxeViolations(member, 'answer form filled in');
  await member.getByRole('button', { name: 'Skicka in' }).click();
  await expect(member.getByText('Svaret är inskickat.', { exact: true })).toBeVisible();
  const answerUrl = member.url();

  // The coordinator reopens Västerås's answer from the list of who has answered (asked first, sent with If-Match);
  // it is a draft again, and the member submits it anew.
  await visit(coordinator, `${surveyPath}/results`, `Lägesbild: ${title}`);
  const answers = coordinator.getByRole('region', { name: 'Svaren per organisation' });
  await expect(answers.getByRole('link', { name: 'Västerås stad', exact: true })).toBeVisible();
  await answers.getByRole('link', { name: 'Västerås stad', exact: true }).click();
  await arrivedAt(coordinator, 'Svar från Västerås stad');
  await expect(coordinator.getByText('Svaret är inskickat.', { exact: true })).toBeVisible();
  await coordinator.getByRole('button', { name: 'Öppna svaret igen' }).click();
  const dialog = coordinator.getByRole('alertdialog', { name: 'Öppna svaret från Västerås stad igen?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(coordinator, 'reopen dialog');
  await dialog.getByRole('button', { name: 'Öppna svaret igen' }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: 'Svaret är öppnat igen.' })).toBeVisible();
  await expect(coordinator.getByText('Svaret är ett utkast som ännu inte är inskickat.')).toBeVisible();
  await expect(coordinator.getByRole('button', { name: 'Öppna svaret igen' })).toHaveCount(0);
  await member.goto(answerUrl);
  await arrivedAt(member, 'Svar från Västerås stad');
  await expect(member.getByLabel('Vilka är styrkorna i kommunens arbete med mottagandet?')).toHaveValue(
    'Samverkan med regionen.',
  );
  await member.getByRole('button', { name: 'Skicka in' }).click();
  await expect(member.getByText('Svaret är inskickat.', { exact: true })).toBeVisible();

  // The coordinator sees the response rate and the distributions, writes the summaries, closes and publishes.
  await visit(coordinator, `${surveyPath}/results`, `Lägesbild: ${title}`);
  await expect(coordinator.getByText('1 av 10 har svarat (10 %)')).toBeVisible();
  const housing = coordinator.getByRole('table', { name: /Fördelning: Kommunen kan erbjuda nyanlända som anvisas/ });
  await expect(housing).toBeVisible();
  // The same statement year on year: last year's answers are a column of their own.
  // (first: a rerun against the same database has more than one such survey)
  await expect(housing.getByRole('columnheader', { name: String(thisYear - 1), exact: true }).first()).toBeVisible();
  await expect(housing.getByRole('row', { name: /^Instämmer helt 0 1/ })).toBeVisible();
  await expect(coordinator.getByText('Intern kommentar om beredskapen.')).toBeVisible();
  await coordinator.getByLabel('Läget: Boende').fill('Bostadsbristen är länets största utmaning.');
  await coordinator.getByRole('button', { name: 'Spara sammanfattningarna' }).click();
  await expect(coordinator.getByText('Sammanfattningarna är sparade.')).toBeVisible();

  // The exports go with the coordinator's token (the API refuses them without): every answer as CSV and as Excel,
  // and the aggregates.
  const answersCsv = await downloaded(coordinator, 'Alla svar som CSV för Excel (svenska)');
  expect(answersCsv.name).toBe('survey-answers-excel.csv');
  const answerLines = csvLines(answersCsv.bytes);
  expect(answerLines[0]).toMatch(/^Organisation;Organisationsnummer;Länskod;Status;Inskickat;Tema;Frågans nyckel;/);
  expect(answerLines.some((line) => line.startsWith('Västerås stad;') && line.includes('Intern kommentar'))).toBe(true);
  const answersXlsx = await downloaded(coordinator, 'Alla svar som Excel-fil');
  expect(answersXlsx.name).toBe('survey-answers.xlsx');
  expect(answersXlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an Office Open XML file is a zip
  expect(answersXlsx.bytes.includes('xl/workbook.xml')).toBe(true);
  const aggregatesCsv = await downloaded(coordinator, 'Sammanställningen som CSV för Excel (svenska)');
  expect(aggregatesCsv.name).toBe('survey-results-excel.csv');
  expect(csvLines(aggregatesCsv.bytes)[0]).toBe('Tema;Frågans nyckel;Fråga;Frågetyp;Svar;Antal;Antal som svarat');
  await expectNoAxeViolations(coordinator, 'internal results with the summaries saved');
  await visit(coordinator, surveyPath, title);
  await coordinator.getByRole('button', { name: 'Stäng enkäten' }).click();
  await expect(coordinator.getByText('Stängd', { exact: true })).toBeVisible();
  await visit(coordinator, `${surveyPath}/results`, `Lägesbild: ${title}`);
  await coordinator.getByRole('button', { name: 'Publicera resultatet' }).click();
  await expect(coordinator.getByRole('button', { name: 'Publicera resultatet' })).toHaveCount(0);

  // Anyone reads the public picture: aggregates, summaries, the publishable comment, never the internal one.
  const anonymous = await (await browser.newContext()).newPage();
  await visit(anonymous, `${surveyPath}/results`, `Lägesbild: ${title}`);
  await expect(anonymous.getByText('Bostadsbristen är länets största utmaning.')).toBeVisible();
  await expect(anonymous.getByText('Bostäder saknas för stora familjer.')).toBeVisible();
  await expect(anonymous.getByText('Intern kommentar om beredskapen.')).toHaveCount(0);
  await expect(anonymous.getByText('1 av 10 har svarat (10 %)')).toBeVisible();
  // The published aggregates are public: the anonymous visitor downloads them too, but not the answers.
  await expect(anonymous.getByRole('button', { name: 'Alla svar som CSV för Excel (svenska)' })).toHaveCount(0);
  const publicCsv = await downloaded(anonymous, 'Sammanställningen som CSV för Excel (svenska)');
  expect(publicCsv.name).toBe('survey-results-excel.csv');
  expect(csvLines(publicCsv.bytes)[0]).toBe('Tema;Frågans nyckel;Fråga;Frågetyp;Svar;Antal;Antal som svarat');
  expect(publicCsv.bytes.toString('utf8')).not.toContain('Intern kommentar');
  await expectNoAxeViolations(anonymous, 'public picture');
  await visit(anonymous, '/surveys', 'Lägesbild');
});

test('a coordinator drafts a survey from scratch, chooses who is asked and reads its history', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const title = `Lägesbild från grunden ${runId}`;
  await login(page, 'coordinator.vastmanland');
  await visit(page, '/surveys', 'Lägesbild');
  await page.getByRole('link', { name: 'Ny enkät' }).click();
  await arrivedAt(page, 'Ny enkät');

  // The default: every municipality of the county, here with the region too.
  const form = page.getByRole('form', { name: 'Ny enkät' });
  await form.getByLabel('Rubrik').fill(title);
  await expect(form.getByRole('radio', { name: 'Länets alla kommuner' })).toBeChecked();
  await form.getByRole('checkbox', { name: 'Fråga även regionen' }).check({ force: true });
  await expectNoAxeViolations(page, 'new survey form');
  await form.getByRole('button', { name: 'Skapa utkastet' }).click();
  await arrivedAt(page, title);
  await expect(page.getByText('Utkast', { exact: true })).toBeVisible();

  // The draft's recipients: the ten municipalities and the region; the region goes, Arbetsförmedlingen comes.
  const editor = page.getByRole('form', { name: 'Redigera utkastet' });
  await expect(editor.getByText('11 organisationer är valda.')).toBeVisible();
  const chosen = editor.getByRole('list', { name: 'Valda organisationer' });
  await expect(chosen.getByText('Landstinget Västmanland')).toBeVisible();
  await chosen.getByRole('button', { name: 'Ta bort Landstinget Västmanland' }).click();
  await expect(editor.getByText('10 organisationer är valda.')).toBeVisible();
  await editor.getByRole('combobox', { name: 'Lägg till organisation' }).fill('Arbetsförmedlingen');
  await page
    .getByRole('option', { name: /^Arbetsförmedlingen/ })
    .first()
    .click();
  await expect(editor.getByText('11 organisationer är valda.')).toBeVisible();
  await expect(chosen.getByText(/^Arbetsförmedlingen/)).toBeVisible();
  await editor.getByLabel('Rubrik').fill(`${title} (ändrad)`);
  await editor.getByRole('button', { name: 'Spara utkastet' }).click();
  await expect(page.getByText('Utkastet är sparat.')).toBeVisible();

  const token = await accessToken(request, 'coordinator.vastmanland');
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  const stored = (await (await callApi(request, token, 'GET', `/api/v1/surveys/${id}`)).json()) as {
    includeRegion: boolean;
    recipients: { name: string }[];
  };
  const names = stored.recipients.map((organisation) => organisation.name);
  expect(names).toHaveLength(11);
  expect(names).not.toContain('Landstinget Västmanland');
  expect(names.some((name) => name.startsWith('Arbetsförmedlingen'))).toBe(true);
  expect(names).toContain('Västerås stad');

  // The history, in Swedish with the fields' names.
  await page.getByText('Visa ändringarna').click();
  const history = page.getByRole('list', { name: 'Ändringar, den senaste först' });
  await expect(history.getByRole('heading', { name: 'Enkäten ändrades' })).toBeVisible();
  await expect(history.getByRole('heading', { name: 'Enkäten skapades' })).toBeVisible();
  await expect(history.getByRole('row', { name: `Rubrik ${title} ${title} (ändrad)` })).toBeVisible();
  await expect(history.getByRole('row', { name: 'Regionen tillfrågas Ej angivet Ja' })).toBeVisible();
  await expectNoAxeViolations(page, 'survey history');
});

test('an admin opens a national survey to all 290 municipalities; the Västmanland coordinator follows the county', async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const thisYear = new Date().getFullYear();
  const title = `Nationell lägesbild ${String(thisYear)} ${runId}`;
  const token = await accessToken(request, 'admin');

  // The admin's draft: the national questions of 2021 copied for this year, to the same 290 municipalities.
  const list = await callApi(request, token, 'GET', '/api/v1/surveys?national=true');
  const national2021 = ((await list.json()) as { id: string; year: number }[]).find((s) => s.year === 2021);
  expect(national2021).toBeDefined();
  const copied = await callApi(request, token, 'POST', `/api/v1/surveys/${national2021?.id ?? ''}/copy`, {
    body: {
      year: thisYear,
      title,
      opensOn: iso(new Date()),
      closesOn: iso(new Date(Date.now() + 30 * 24 * 3600 * 1000)),
    },
  });
  expect(copied.status(), await copied.text()).toBe(201);
  const id = ((await copied.json()) as { id: string }).id;
  const surveyPath = `/surveys/${id}`;

  // The admin opens it.
  const admin = await (await browser.newContext()).newPage();
  await login(admin, 'admin');
  await visit(admin, surveyPath, title);
  const facts = admin.getByRole('main').locator('dl');
  await expect(facts).toContainText('Nationell');
  await expect(facts).toContainText(/Tillfrågade organisationer\s*290/);
  await admin.getByRole('button', { name: 'Öppna enkäten' }).click();
  await expect(admin.getByText('Öppen', { exact: true })).toBeVisible();
  await expectNoAxeViolations(admin, 'national survey opened');

  await answerAsVasteras(request, id, 'Svar i den nationella enkäten.');

  // Västmanland's coordinator follows the county: from the survey to its results, limited to Västmanland (the
  // only county offered), with who has answered there and who has not, and Västerås's answer, read-only.
  const coordinator = await (await browser.newContext()).newPage();
  await login(coordinator, 'coordinator.vastmanland');
  await visit(coordinator, surveyPath, title);
  await expect(coordinator.getByRole('button', { name: 'Stäng enkäten' })).toHaveCount(0);
  await coordinator.getByRole('link', { name: 'Resultat', exact: true }).click();
  await arrivedAt(coordinator, `Lägesbild: ${title}`);
  await expect(coordinator.getByRole('button', { name: /Län$/ })).toHaveText(/Västmanlands län/);
  await expect(coordinator.getByText('1 av 10 har svarat (10 %)')).toBeVisible();
  const answers = coordinator.getByRole('region', { name: 'Svaren per organisation' });
  await expect(answers.getByRole('listitem')).toHaveCount(10);
  await expect(coordinator.getByText('Svar i den nationella enkäten.').first()).toBeVisible(); // the comments
  // The county's answers export with the coordinator's rights (the whole country's would be refused).
  const countyAnswers = await downloaded(coordinator, 'Alla svar som CSV för Excel (svenska)');
  const countyLines = csvLines(countyAnswers.bytes).filter((line) => line.trim() !== '');
  expect(countyLines.length).toBeGreaterThan(1);
  expect(countyLines.slice(1).every((line) => line.startsWith('Västerås stad;'))).toBe(true);
  await answers.getByRole('link', { name: 'Västerås stad', exact: true }).click();
  await arrivedAt(coordinator, 'Svar från Västerås stad');
  await expect(coordinator.getByText('Svaret är inskickat.', { exact: true })).toBeVisible();
  await expect(coordinator.getByRole('button', { name: 'Öppna svaret igen' })).toHaveCount(0);

  // The admin sees the whole country and the counties side by side.
  await visit(admin, `${surveyPath}/results`, `Lägesbild: ${title}`);
  await expect(admin.getByText(/^1 av 290 har svarat/)).toBeVisible();
  const counties = admin.getByRole('table', { name: 'Länen sida vid sida' });
  await expect(counties.getByRole('row').filter({ hasText: 'Västmanlands län' })).toContainText('1 av 10');

  // Closed again, so that later runs and specs meet no open national survey.
  const current = await callApi(request, token, 'GET', `/api/v1/surveys/${id}`);
  const closed = await callApi(request, token, 'POST', `/api/v1/surveys/${id}/status`, {
    body: { status: 'CLOSED' },
    ifMatch: current.headers().etag,
  });
  expect(closed.status()).toBe(200);
});
