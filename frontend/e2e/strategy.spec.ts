import { expect, test, type Locator, type Page } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

const RUS_TITLE = 'Regional utvecklingsstrategi (RUS) Västerbotten 2018-2021';

const TIA = [
  {
    title: 'Tidiga insatser som utförs av etniska organisationer ska särskilt prioriteras (nya kontaktkanaler)',
    effect: '5',
    feasibility: '4',
  },
  { title: 'Framtagande av utbildning för utförare', effect: '3', feasibility: '5' },
  {
    title: 'Finansiering av samordnartjänst hos ideell organisation, med uppdrag att samordna befintliga insatser',
    effect: '2',
    feasibility: '2',
  },
];

/** Chooses an option of a react-aria Select inside a part of the page, the select found by the start of its label. */
async function pick(page: Page, scope: Locator, label: RegExp, option: string) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the coordinator completes Förankring, scores areas of action, plans the best; Västerås sets its activity ongoing', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const token = await accessToken(request, 'coordinator.vasterbotten');
  const list = await callApi(request, token, 'GET', '/api/v1/agreements?county=24&size=100');
  const { items } = (await list.json()) as { items: { id: string; kind: string }[] };
  const rus = items.find((a) => a.kind === 'STRATEGY');
  expect(rus).toBeDefined();
  const rusId = rus?.id ?? '';

  // The process map: Förankring is current, its points are checked; the coordinator marks it done.
  const coordinator = await (await browser.newContext()).newPage();
  await login(coordinator, 'coordinator.vasterbotten');
  await visit(coordinator, `/agreements/${rusId}/process`, `Processkarta: ${RUS_TITLE}`);
  const map = coordinator.getByRole('list', { name: 'Processkarta, faserna i ordning' });
  await expect(map.locator('[aria-current="step"]')).toContainText('Förankring');
  await coordinator.getByRole('button', { name: 'Markera Förankring som klar' }).click();
  await expect(map.locator('[aria-current="step"]')).toContainText('Övergripande strategi');
  await expect(map.getByRole('listitem').first()).toContainText('Klar');
  await expect(coordinator.getByRole('button', { name: 'Öppna Förankring igen' })).toBeVisible();
  await arrivedAt(coordinator, `Processkarta: ${RUS_TITLE}`);
  await expectNoAxeViolations(coordinator, 'process map');

  // The analysis: three possible areas of action for TIA are scored in the matrix's table.
  await visit(coordinator, `/agreements/${rusId}/areas-of-action`, `Analys och insatsområden: ${RUS_TITLE}`);
  for (const area of TIA) {
    const row = coordinator.locator('tr', { hasText: area.title });
    await pick(coordinator, row, /Effekt:/, area.effect);
    await pick(coordinator, row, /Genomförbarhet:/, area.feasibility);
    await row.getByRole('button', { name: 'Spara poäng' }).click();
    await expect(row.getByRole('cell').nth(2)).toHaveText(area.effect);
    await expect(row.getByRole('cell').nth(3)).toHaveText(area.feasibility);
  }
  await expect(coordinator.getByText('3 av 7 är poängsatta.', { exact: false })).toBeVisible();
  // The drawing holds the same three, each as its number in the table.
  await expect(coordinator.locator('.score-matrix .score-matrix-marker')).toHaveCount(3);
  await arrivedAt(coordinator, `Analys och insatsområden: ${RUS_TITLE}`);
  await expectNoAxeViolations(coordinator, 'analysis and scoring matrix');

  // The best (highest effect and feasibility) becomes an area of action.
  const best = TIA[0];
  await coordinator.getByRole('button', { name: `Välj som insatsområde: ${best.title}` }).click();
  await expect(coordinator.locator('tr', { hasText: best.title })).toContainText('Valt insatsområde');

  // …and gets an action plan with an activity owned by Västerås stad.
  await coordinator.getByRole('link', { name: 'Till handlingsplanen' }).click();
  await arrivedAt(coordinator, `Handlingsplan: ${RUS_TITLE}`);
  const activity = `Kontaktkanaler via etniska organisationer ${Date.now()}`;
  await coordinator.getByRole('textbox', { name: /^Aktivitet/ }).fill(activity);
  await pick(coordinator, coordinator.locator('main'), /Målområde eller insatsområde/, `Insatsområde: ${best.title}`);
  const owner = coordinator.getByRole('combobox', { name: /^Ansvarig organisation/ });
  await owner.click();
  await owner.pressSequentially('Västerås stad');
  await coordinator
    .getByRole('option', { name: /^Västerås stad/ })
    .first()
    .click();
  await expect(owner).toHaveValue(/^Västerås stad/);
  await coordinator.getByLabel('Klar senast').fill('2099-12-31');
  await coordinator.getByRole('button', { name: 'Lägg till aktivitet' }).click();
  const planned = coordinator.getByRole('region', { name: /^Planerad/ });
  await expect(planned.getByRole('heading', { name: activity })).toBeVisible();
  await expect(coordinator.getByText(/0 av 1 klara/).first()).toBeVisible();
  await arrivedAt(coordinator, `Handlingsplan: ${RUS_TITLE}`);
  await expectNoAxeViolations(coordinator, 'action plan (coordinator)');

  // The Västerås member sets the activity ongoing.
  const member = await (await browser.newContext()).newPage();
  await login(member, 'member.vasteras');
  await visit(member, `/agreements/${rusId}/action-plan`, `Handlingsplan: ${RUS_TITLE}`);
  await expect(member.getByRole('button', { name: 'Lägg till aktivitet' })).toHaveCount(0);
  await member.getByRole('button', { name: `Markera som pågående: ${activity}` }).click();
  const ongoing = member.getByRole('region', { name: /^Pågår/ });
  await expect(ongoing.getByRole('heading', { name: activity })).toBeVisible();
  await expect(member.getByRole('button', { name: `Markera som klar: ${activity}` })).toBeVisible();
  await arrivedAt(member, `Handlingsplan: ${RUS_TITLE}`);
  await expectNoAxeViolations(member, 'action plan (owner member)');
});
