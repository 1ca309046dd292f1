import { expect, test } from '@playwright/test';
import { arrivedAt, login } from './support/app';
import { expectNoAxeViolations } from './support/axe';

test('a member may not register organisations', async ({ page }) => {
  await login(page, 'member.vasteras');
  await page.goto('/organisations');
  await arrivedAt(page, 'Organisationer');
  await expect(page.getByRole('table', { name: 'Organisationer' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ny organisation' })).toHaveCount(0);

  await page.goto('/organisations/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Registrera organisationen' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'not permitted');
});

test('logging out ends the session', async ({ page }) => {
  await login(page, 'member.vasteras');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Samverkan' })).toBeVisible();
  // A new page load finds no session at Keycloak either.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
});
