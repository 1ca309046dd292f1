import { expect, test } from '@playwright/test';
import { arrivedAt, choose, login, randomOrganisationNumber } from './support/app';
import { expectNoAxeViolations } from './support/axe';

test('the Västmanland coordinator registers and edits an organisation', async ({ page }) => {
  const number = randomOrganisationNumber();
  const name = `Integrationsnätverket Västmanland ${number.slice(-4)}`;

  await login(page, 'coordinator.vastmanland');
  await page.goto('/organisations');
  await arrivedAt(page, 'Organisationer');
  await page.getByRole('link', { name: 'Ny organisation' }).click();
  await arrivedAt(page, 'Ny organisation');

  await page.getByRole('textbox', { name: /^Namn/ }).fill(name);
  await choose(page, 'Typ', 'Civilsamhälle');
  await choose(page, 'Län', 'Västmanlands län');
  await choose(page, 'Kommun', 'Västerås');
  await page.getByRole('textbox', { name: /^Webbplats/ }).fill('https://example.org/natverket');
  const organisationNumber = page.getByRole('textbox', { name: /^Organisationsnummer/ });
  await organisationNumber.fill('5560000000');
  await page.getByRole('button', { name: 'Registrera organisationen' }).click();

  // The server's field error, next to the field and in the summary at the top.
  await expect(organisationNumber).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await organisationNumber.getAttribute('aria-describedby')) ?? '';
  const fieldError = page.locator('[data-field="organisationNumber"] .ds-field-error');
  await expect(fieldError).toBeVisible();
  expect(describedBy.split(' ')).toContain(await fieldError.getAttribute('id'));
  const summary = page.getByRole('alert').filter({ hasText: 'Formuläret innehåller' });
  await expect(summary).toContainText('Organisationsnummer');
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page, 'form with server errors');

  await organisationNumber.fill(number);
  await page.getByRole('button', { name: 'Registrera organisationen' }).click();
  await arrivedAt(page, name);
  await expect(page.getByRole('status').filter({ hasText: 'Organisationen är registrerad.' })).toBeVisible();
  const formatted = `${number.slice(0, 6)}-${number.slice(6)}`;
  await expect(page.getByRole('definition').filter({ hasText: formatted })).toBeVisible();
  // The organisation's history lists the registration with the number it was given.
  await expect(page.getByRole('cell', { name: formatted })).toBeVisible();

  await page.getByRole('link', { name: 'Alla organisationer' }).click();
  await arrivedAt(page, 'Organisationer');
  await page.getByRole('searchbox', { name: 'Sök på namn eller organisationsnummer' }).fill(name);
  const link = page.getByRole('table', { name: 'Organisationer' }).getByRole('link', { name });
  await expect(link).toBeVisible();
  await link.click();
  await arrivedAt(page, name);

  await page.getByRole('link', { name: 'Redigera' }).click();
  await arrivedAt(page, `Redigera ${name}`);
  const website = page.getByRole('textbox', { name: /^Webbplats/ });
  await expect(website).toHaveValue('https://example.org/natverket');
  await website.fill('https://example.org/integration');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await arrivedAt(page, name);
  await expect(page.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' })).toBeVisible();
  await expect(page.getByRole('link', { name: /https:\/\/example\.org\/integration/ })).toBeVisible();
});
