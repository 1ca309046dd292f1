import { expect, test } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, login, visit } from './support/app';

/** The Västmanland RÖK's goal area 3.6 Bosättning (demo data), read through the API. */
async function goalArea36(request: import('@playwright/test').APIRequestContext, token: string) {
  const list = await callApi(request, token, 'GET', '/api/v1/agreements?county=19&size=100');
  const { items } = (await list.json()) as { items: { id: string; kind: string; firstYear: number }[] };
  const rok = items.find((a) => a.kind === 'REGIONAL' && a.firstYear === 2016);
  expect(rok).toBeDefined();
  const agreement = await callApi(request, token, 'GET', `/api/v1/agreements/${rok?.id ?? ''}`);
  const { goalAreas: areas } = (await agreement.json()) as { goalAreas: { id: string; number: string }[] };
  const area = areas.find((a) => a.number === '3.6');
  expect(area).toBeDefined();
  return area?.id ?? '';
}

test('a call is opened, applied to, granted in part, shown publicly and accounted for', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const coordinatorToken = await accessToken(request, 'coordinator.vastmanland');
  const area = await goalArea36(request, coordinatorToken);
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

  // The Västerås member applies and submits.
  const member = await (await browser.newContext()).newPage();
  await login(member, 'member.vasteras');
  await visit(member, `/funding/calls/${callId}`, title);
  const projectName = `Bosättningslyftet ${Date.now()}`;
  await member.getByLabel('Projektets namn').fill(projectName);
  await member.getByLabel('Sökt belopp').fill('400000,50');
  await member.getByLabel('Startdatum').fill('2030-02-01');
  await member.getByLabel('Slutdatum').fill('2030-12-31');
  await member.getByRole('checkbox', { name: '3.6 Bosättning' }).check({ force: true });
  await member.getByRole('button', { name: 'Spara utkast' }).click();
  await arrivedAt(member, projectName);
  await member.getByRole('button', { name: 'Skicka in' }).click();
  await expect(member.getByText('inskickad')).toBeVisible();
  const applicationUrl = member.url();

  // The coordinator grants part of the amount.
  await coordinator.goto(applicationUrl);
  await arrivedAt(coordinator, projectName);
  await coordinator.getByRole('button', { name: 'Ta upp till granskning' }).click();
  await coordinator.getByLabel('Beslutsdatum').fill('2030-01-20');
  await coordinator.getByLabel('Beviljat belopp').fill('300000,25');
  await coordinator.getByLabel('Redovisas senast').fill('2031-03-31');
  await coordinator.getByRole('button', { name: 'Bevilja' }).click();
  await expect(coordinator.getByText('beviljad')).toBeVisible();
  await expect(coordinator.getByText('300 000,25 kr')).toBeVisible();

  // The project is on goal area 3.6's list and in the public list, for anyone.
  const anonymous = await (await browser.newContext()).newPage();
  await visit(anonymous, `/funding/projects?goalArea=${area}&q=${encodeURIComponent(projectName)}`, 'Projekt');
  await expect(anonymous.getByRole('link', { name: projectName })).toBeVisible();
  await visit(anonymous, `/funding/projects?q=${encodeURIComponent(projectName)}`, 'Projekt');
  await anonymous.getByRole('link', { name: projectName }).click();
  await arrivedAt(anonymous, projectName);
  await expect(anonymous.getByText('Redovisning')).toHaveCount(0);
  await visit(anonymous, '/funding?county=19', 'Finansiering');

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
});
