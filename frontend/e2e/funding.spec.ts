import { expect, test } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { arrivedAt, choose, login, visit } from './support/app';

/** The Västmanland RÖK (its title, as the agreement choice shows it) and its goal area 3.6. */
async function rokGoalArea36(request: import('@playwright/test').APIRequestContext, token: string) {
  const list = await callApi(request, token, 'GET', '/api/v1/agreements?county=19&size=100');
  const { items } = (await list.json()) as { items: { id: string; kind: string; firstYear: number }[] };
  const rok = items.find((a) => a.kind === 'REGIONAL' && a.firstYear === 2016);
  expect(rok).toBeDefined();
  const agreement = await callApi(request, token, 'GET', `/api/v1/agreements/${rok?.id ?? ''}`);
  const { goalAreas: areas, title } = (await agreement.json()) as {
    title: string;
    goalAreas: { id: string; number: string }[];
  };
  const area = areas.find((a) => a.number === '3.6');
  expect(area).toBeDefined();
  return { area: area?.id ?? '', title };
}

test('a call is opened, applied to, granted in part, shown publicly and accounted for', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const coordinatorToken = await accessToken(request, 'coordinator.vastmanland');
  const rok = await rokGoalArea36(request, coordinatorToken);
  const area = rok.area;
  const admin = await accessToken(request, 'admin');
  const programme = await callApi(request, admin, 'POST', '/api/v1/funding/programmes', {
    body: { kind: 'PARAGRAPH_37', name: `§ 37 e2e ${Date.now()}`, managingAuthority: 'Länsstyrelsen' },
  });
  expect(programme.status()).toBe(201);
  const title = `§ 37-medel e2e ${Date.now()}`;
  const draft = await callApi(request, coordinatorToken, 'POST', '/api/v1/funding/calls', {
    body: {
      programmeId: ((await programme.json()) as { id: string }).id,
      countyCode: '19',
      year: 2030,
      title,
      deadline: '2099-12-31',
      budget: '1500000.00',
      priorities: [{ text: 'Bosättning av nyanlända', goalAreaIds: [area] }],
    },
  });
  expect(draft.status()).toBe(201);
  const callId = ((await draft.json()) as { id: string }).id;

  // The coordinator opens the call.
  const coordinator = await (await browser.newContext()).newPage();
  await login(coordinator, 'coordinator.vastmanland');
  await visit(coordinator, `/funding/calls/${callId}`, title);
  await coordinator.getByRole('button', { name: 'Öppna utlysningen' }).click();
  await expect(coordinator.getByText('öppen')).toBeVisible();
  await expectNoAxeViolations(coordinator, 'open call as its coordinator');

  // The Västerås member applies and submits.
  const member = await (await browser.newContext()).newPage();
  await login(member, 'member.vasteras');
  await visit(member, `/funding/calls/${callId}`, title);
  await expectNoAxeViolations(member, 'open call with the application form');
  const projectName = `Bosättningslyftet ${Date.now()}`;
  await member.getByLabel('Projektets namn').fill(projectName);
  await member.getByLabel('Sökt belopp').fill('400000,50');
  await member.getByLabel('Startdatum').fill('2030-02-01');
  await member.getByLabel('Slutdatum').fill('2030-12-31');
  await member.getByRole('checkbox', { name: '3.6 Bosättning' }).check({ force: true });
  await member.getByRole('button', { name: 'Spara utkast' }).click();
  await arrivedAt(member, projectName);
  await member.getByRole('button', { name: 'Skicka in' }).click();
  await expect(member.getByText('inskickad', { exact: true })).toBeVisible();
  const applicationUrl = member.url();

  // The coordinator grants part of the amount.
  await coordinator.goto(applicationUrl);
  await arrivedAt(coordinator, projectName);
  await coordinator.getByRole('button', { name: 'Ta upp till granskning' }).click();
  await coordinator.getByLabel('Beslutsdatum').fill('2030-01-20');
  await coordinator.getByLabel('Beviljat belopp').fill('300000,25');
  await coordinator.getByLabel('Redovisas senast').fill('2031-03-31');
  await coordinator.getByRole('button', { name: 'Bevilja' }).click();
  await expect(coordinator.getByText('beviljad', { exact: true })).toBeVisible();
  await expect(coordinator.getByText('300 000,25 kr')).toBeVisible();
  // The application's history says who did what: opened on its page, checked with axe.
  await coordinator.getByText('Visa ändringarna').click();
  const history = coordinator.getByRole('list', { name: 'Ändringar, den senaste först' });
  await expect(history.getByRole('heading', { name: 'Ansökans status ändrades' })).toHaveCount(3);
  await expect(history.getByRole('heading', { name: 'Ansökan skapades' })).toBeVisible();
  await expect(history.getByText('av member.vasteras').first()).toBeVisible();
  await expectNoAxeViolations(coordinator);

  // The project is on goal area 3.6's list, reached from the agreement, and in the public list, for anyone.
  const anonymous = await (await browser.newContext()).newPage();
  const agreements = await callApi(request, coordinatorToken, 'GET', '/api/v1/agreements?county=19&size=100');
  const rokId = ((await agreements.json()) as { items: { id: string; title: string; firstYear: number }[] }).items.find(
    (a) => a.title === rok.title && a.firstYear === 2016,
  )?.id;
  await visit(anonymous, `/agreements/${rokId ?? ''}`, rok.title);
  await anonymous.getByRole('link', { name: 'Projekt som tjänar målområdet 3.6 Bosättning' }).click();
  await arrivedAt(anonymous, 'Projekt som tjänar 3.6 Bosättning');
  await expect(anonymous.getByText(/^Angivna belopp för målområdet: [\d\s]+,\d\d kr i \d+ projekt$/)).toBeVisible();
  await expect(anonymous.getByRole('link', { name: projectName })).toBeVisible();
  await expect(anonymous.getByRole('link', { name: 'Bosättning Västmanland', exact: true })).toBeVisible();
  await expectNoAxeViolations(anonymous, 'projects serving goal area 3.6');
  await visit(anonymous, `/funding/projects?q=${encodeURIComponent(projectName)}`, 'Projekt');
  await expect(anonymous.getByRole('link', { name: projectName })).toBeVisible();
  await expectNoAxeViolations(anonymous, 'public project list');
  await anonymous.getByRole('link', { name: projectName }).click();
  await arrivedAt(anonymous, projectName);
  await expect(anonymous.getByText('Redovisning')).toHaveCount(0);
  await expectNoAxeViolations(anonymous, 'public project page');
  await visit(anonymous, '/funding?county=19', 'Finansiering');
  await expectNoAxeViolations(anonymous, 'funding overview of Västmanland');

  // The member comes back to the application, now granted, and files the accounting.
  await member.reload();
  await arrivedAt(member, projectName);
  await member.getByRole('link', { name: 'Till projektet' }).click();
  await arrivedAt(member, projectName);
  await member.getByLabel('Förbrukat belopp').fill('287500,50');
  await member.getByLabel('Vad som gjorts').fill('Praktikplatser och bostadsvägledning');
  await member.getByRole('button', { name: 'Lämna redovisningen' }).click();
  await expect(member.getByText('Redovisningen är inlämnad')).toBeVisible();
  await visit(member, '/funding/accounts', 'Redovisningar');
  await expectNoAxeViolations(member, 'accounts board of the member');
});

test('programmes, calls, a draft application, a project funded elsewhere and its account are kept on their screens', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const coordinatorToken = await accessToken(request, 'coordinator.vastmanland');
  const rok = await rokGoalArea36(request, coordinatorToken);

  // The administrator registers a programme and renames it.
  const admin = await (await browser.newContext()).newPage();
  await login(admin, 'admin');
  await visit(admin, '/funding/programmes', 'Program');
  await expectNoAxeViolations(admin, 'programmes');
  await admin.getByRole('link', { name: 'Nytt program' }).click();
  await arrivedAt(admin, 'Nytt program');
  await expectNoAxeViolations(admin, 'new programme form');
  await admin.getByRole('textbox', { name: /^Namn/ }).fill(`TIA e2e ${stamp}`);
  await admin.getByRole('textbox', { name: /^Rättslig grund/ }).fill('2010:1122');
  await admin.getByRole('textbox', { name: /^Förvaltande myndighet/ }).fill('Länsstyrelsen');
  await admin.getByRole('button', { name: 'Registrera programmet' }).click();
  await arrivedAt(admin, 'Program');
  await admin.getByRole('link', { name: `Ändra TIA e2e ${stamp}` }).click();
  await arrivedAt(admin, /^Ändra programmet/);
  await expectNoAxeViolations(admin, 'programme edit form');
  const programmeName = `TIA-medel e2e ${stamp}`;
  await admin.getByRole('textbox', { name: /^Namn/ }).fill(programmeName);
  await admin.getByRole('button', { name: 'Spara programmet' }).click();
  await arrivedAt(admin, 'Program');
  await expect(admin.getByRole('cell', { name: programmeName })).toBeVisible();
  await admin.getByRole('link', { name: `Ändringar av ${programmeName}` }).click();
  await arrivedAt(admin, `Ändringar av programmet ${programmeName}`);
  await expectNoAxeViolations(admin, 'programme history');

  // The coordinator drafts a call with a priority on goal area 3.6, then changes its budget and opens it.
  const coordinator = await (await browser.newContext()).newPage();
  await login(coordinator, 'coordinator.vastmanland');
  await visit(coordinator, '/funding?county=19', 'Finansiering');
  await expect(coordinator.getByRole('link', { name: 'Ny utlysning' })).toBeVisible();
  await expectNoAxeViolations(coordinator, 'funding overview as the coordinator');
  await coordinator.getByRole('link', { name: 'Ny utlysning' }).click();
  await arrivedAt(coordinator, 'Ny utlysning');
  await choose(coordinator, 'Program', programmeName);
  await coordinator.getByRole('textbox', { name: /^År/ }).fill('2031');
  const callTitle = `TIA-utlysning e2e ${stamp}`;
  await coordinator.getByRole('textbox', { name: /^Rubrik/ }).fill(callTitle);
  await coordinator.getByRole('textbox', { name: /^Sista ansökningsdag/ }).fill('2099-12-31');
  await coordinator.getByRole('textbox', { name: /^Vikt vid länets strategi/ }).fill('Lägger vikt vid RUS');
  await coordinator.getByRole('button', { name: 'Lägg till prioritering' }).click();
  await coordinator.getByRole('textbox', { name: /^Prioriteringen/ }).fill('Föräldrastöd');
  await choose(coordinator, 'Välj målområden ur överenskommelsen', rok.title);
  await coordinator.getByRole('checkbox', { name: /^3\.6 Bosättning/ }).check({ force: true });
  await expectNoAxeViolations(coordinator, 'new call form with a priority');
  await coordinator.getByRole('button', { name: 'Spara utlysningen som utkast' }).click();
  await arrivedAt(coordinator, callTitle);
  await expect(coordinator.getByText('Föräldrastöd (3.6 Bosättning')).toBeVisible();
  await expectNoAxeViolations(coordinator, 'draft call');
  const callId = coordinator.url().split('/').pop() ?? '';
  await coordinator.getByRole('link', { name: 'Ändra utlysningen' }).click();
  await arrivedAt(coordinator, /^Ändra utlysningen/);
  await expectNoAxeViolations(coordinator, 'call edit form');
  await coordinator.getByRole('textbox', { name: /^Budget/ }).fill('2 000 000');
  await coordinator.getByRole('button', { name: 'Spara utlysningen' }).click();
  await arrivedAt(coordinator, callTitle);
  await expect(coordinator.getByText('2 000 000,00 kr')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Öppna utlysningen' }).click();
  await expect(coordinator.getByText('öppen')).toBeVisible();

  // The Västerås member edits the draft application while someone else saves it: the conflict screen.
  const memberToken = await accessToken(request, 'member.vasteras');
  const me = (await (await callApi(request, memberToken, 'GET', '/api/v1/me')).json()) as { organisationId: string };
  const created = await callApi(request, memberToken, 'POST', `/api/v1/funding/calls/${callId}/applications`, {
    body: {
      applicantOrganisationId: me.organisationId,
      projectName: `Föräldrastöd e2e ${stamp}`,
      amountApplied: '100000.00',
      startsOn: '2031-01-01',
      endsOn: '2031-12-31',
    },
  });
  expect(created.status()).toBe(201);
  const application = (await created.json()) as { id: string; version: number };
  const member = await (await browser.newContext()).newPage();
  await login(member, 'member.vasteras');
  await visit(member, `/funding/applications/${application.id}`, `Föräldrastöd e2e ${stamp}`);
  await member.getByRole('link', { name: 'Ändra ansökan' }).click();
  await arrivedAt(member, /^Ändra ansökan/);
  const meanwhile = await callApi(request, memberToken, 'PUT', `/api/v1/funding/applications/${application.id}`, {
    ifMatch: `"${String(application.version)}"`,
    body: {
      applicantOrganisationId: me.organisationId,
      projectName: `Föräldrastöd e2e ${stamp}`,
      description: 'Ändrad under tiden',
      amountApplied: '100000.00',
      startsOn: '2031-01-01',
      endsOn: '2031-12-31',
    },
  });
  expect(meanwhile.status()).toBe(200);
  await member.getByRole('textbox', { name: /^Sökt belopp/ }).fill('150000,50');
  await member.getByRole('button', { name: 'Spara ansökan' }).click();
  await expect(member.getByText('Någon annan har sparat en nyare version')).toBeVisible();
  await expectNoAxeViolations(member);
  await member.getByRole('button', { name: 'Använd mina ändringar på den senaste versionen' }).click();
  await arrivedAt(member, `Föräldrastöd e2e ${stamp}`);
  await expect(member.getByText('150 000,50 kr')).toBeVisible();
  await expect(member.getByText('Ändrad under tiden')).toBeVisible();

  // The coordinator registers a project funded elsewhere, owned by Västerås stad, with a budget line and goal area 3.6.
  await visit(coordinator, '/funding?county=19', 'Finansiering');
  await coordinator.getByRole('link', { name: 'Registrera projekt med annan finansiering' }).click();
  await arrivedAt(coordinator, 'Registrera projekt med annan finansiering');
  const projectName = `Egen finansiering e2e ${stamp}`;
  await coordinator.getByRole('textbox', { name: /^Namn/ }).fill(projectName);
  const owner = coordinator.getByRole('combobox', { name: /^Projektägare/ });
  await owner.click();
  await owner.pressSequentially('Västerås stad');
  await coordinator
    .getByRole('option', { name: /^Västerås stad/ })
    .first()
    .click();
  await coordinator.getByRole('button', { name: 'Lägg till budgetrad' }).click();
  await coordinator.getByRole('textbox', { name: /^Källa/ }).fill('Egna medel');
  await coordinator.getByRole('textbox', { name: /^År/ }).fill('2031');
  await coordinator.getByRole('textbox', { name: /^Belopp/ }).fill('250000');
  await choose(coordinator, 'Välj målområden ur överenskommelsen', rok.title);
  await coordinator.getByRole('checkbox', { name: /^3\.6 Bosättning/ }).check({ force: true });
  await expectNoAxeViolations(coordinator, 'new project form with a budget line');
  await coordinator.getByRole('button', { name: 'Registrera projektet' }).click();
  await arrivedAt(coordinator, projectName);
  await expect(coordinator.getByText('250 000,00 kr').first()).toBeVisible();
  await expectNoAxeViolations(coordinator, 'project page as the coordinator');
  const projectUrl = coordinator.url();

  // … changes its results, asks for an account and names a responsibility carried through it.
  await coordinator.getByRole('link', { name: 'Ändra projektet' }).click();
  await arrivedAt(coordinator, /^Ändra projektet/);
  await expectNoAxeViolations(coordinator, 'project edit form');
  await coordinator.getByRole('textbox', { name: /^Resultat/ }).fill('Tjugo familjer fick stöd');
  await coordinator.getByRole('button', { name: 'Spara projektet' }).click();
  await arrivedAt(coordinator, projectName);
  await expect(coordinator.getByText('Tjugo familjer fick stöd')).toBeVisible();
  await coordinator.getByRole('textbox', { name: /^Redovisas senast/ }).fill('2031-06-30');
  await coordinator.getByRole('button', { name: 'Begär redovisning' }).click();
  await expect(coordinator.getByText('Redovisningen är begärd')).toBeVisible();
  const qualify = coordinator.getByRole('region', { name: 'Ansvar genom projektet' });
  await qualify.getByRole('checkbox').first().check({ force: true });
  await qualify.getByRole('button', { name: 'Spara ansvaren' }).click();
  await expect(coordinator.getByText('Ansvaren är sparade')).toBeVisible();

  // The owner's member files the account; the coordinator approves it.
  await member.goto(projectUrl);
  await arrivedAt(member, projectName);
  await member.getByLabel('Förbrukat belopp').fill('240000');
  await member.getByLabel('Vad som gjorts').fill('Föräldragrupper i tre stadsdelar');
  await member.getByRole('button', { name: 'Lämna redovisningen' }).click();
  await expect(member.getByText('Redovisningen är inlämnad')).toBeVisible();
  await coordinator.reload();
  await arrivedAt(coordinator, projectName);
  await coordinator.getByRole('button', { name: 'Godkänn redovisningen' }).click();
  await expect(coordinator.getByText('godkänd')).toBeVisible();
  await visit(coordinator, '/funding/accounts?county=19', 'Redovisningar');
  await expectNoAxeViolations(coordinator, 'accounts board of the coordinator');
});
