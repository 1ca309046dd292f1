import { expect, test } from '@playwright/test';
import { arrivedAt, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

test('the Västmanland coordinator approves the county’s results report, and anyone reads it in the national compilation', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const assessment = 'Länet har god beredskap; samverkan med kommunerna har fungerat väl under året.';

  // The demo data's draft of 2022 (sample data, its parts empty): the coordinator opens it from the county's list.
  const coordinator = await (await browser.newContext()).newPage();
  await login(coordinator, 'coordinator.vastmanland');
  await visit(coordinator, '/results-reports?county=19', 'Resultatredovisningar');
  await coordinator.getByRole('link', { name: /Resultatredovisning 2022 – Västmanland/ }).click();
  await arrivedAt(coordinator, /Resultatredovisning 2022 – Västmanland/);

  // Fills one part and saves it.
  const part = coordinator.getByRole('group', { name: 'Beredskap och kapacitet i mottagandet av nyanlända' });
  await part.getByRole('textbox', { name: 'Länets bedömning' }).fill(assessment);
  await coordinator.getByRole('button', { name: 'Spara delarna' }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: 'Delarna är sparade.' })).toBeVisible();

  // Approves it, after the dialog says what that means.
  await coordinator.getByRole('button', { name: 'Godkänn redovisningen' }).click();
  const dialog = coordinator.getByRole('alertdialog').or(coordinator.getByRole('dialog'));
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(coordinator, 'approval dialog');
  await dialog.getByRole('button', { name: 'Godkänn redovisningen' }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: 'Redovisningen är godkänd.' })).toBeVisible();
  await expect(coordinator.getByText(assessment)).toBeVisible();
  await expectNoAxeViolations(coordinator, 'approved report');

  // An anonymous visitor sees it in the national compilation of 2022, beside nothing from the other counties.
  const visitor = await (await browser.newContext()).newPage();
  await visit(visitor, '/national-results/2022', 'Resultatredovisningar 2022 – nationell sammanställning');
  const section = visitor.getByRole('region', { name: 'Beredskap och kapacitet i mottagandet av nyanlända' });
  await expect(section.getByRole('heading', { name: /Västmanland/ })).toBeVisible();
  await expect(section.getByText(assessment)).toBeVisible();
  await expect(visitor.getByText('1 av 21 län har en godkänd redovisning.')).toBeVisible();

  // The national summary of 2021, in the seed's words.
  await visit(visitor, '/national-results/2021', 'Resultatredovisningar 2021 – nationell sammanställning');
  await expect(visitor.getByText('Så gick arbetet med integration under 2021')).toBeVisible();
});
