import { expect, test } from '@playwright/test';
import { arrivedAt, choose, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

test('an anonymous visitor browses the organisations', async ({ page }) => {
  await visit(page, '/', 'Samverkan');
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();

  await page.getByRole('link', { name: 'Visa alla organisationer' }).click();
  await arrivedAt(page, 'Organisationer');
  await expect(page.getByRole('link', { name: 'Ny organisation' })).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Sök på namn eller organisationsnummer' }).fill('Västerås');
  await expect(page).toHaveURL(/[?&]q=V%C3%A4ster%C3%A5s/);
  const table = page.getByRole('table', { name: 'Organisationer' });
  await expect(table.getByRole('link', { name: 'Västerås stad' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Umeå kommun' })).toHaveCount(0);

  await choose(page, 'Län', 'Västmanlands län');
  await expect(page).toHaveURL(/[?&]county=19/);
  await expect(table.getByRole('link', { name: 'Västerås stad' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /organisation/ })).toHaveText(/^\d+ organisation(er)?$/);
  await expectNoAxeViolations(page, 'organisation list, filtered');

  // The filters are in the address: a reload keeps them.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Sök på namn eller organisationsnummer' })).toHaveValue('Västerås');
  await expect(page.getByRole('search').getByRole('button', { name: /Län$/ })).toHaveText(/Västmanlands län/);

  await table.getByRole('link', { name: 'Västerås stad' }).click();
  await arrivedAt(page, 'Västerås stad');
  await expect(page.getByText('212000-2080')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
  // What it is committed to, public rows only, checked once loaded.
  const commitments = page.getByRole('region', { name: 'Åtaganden' });
  await expect(commitments.getByRole('table', { name: 'Överenskommelser där organisationen är part' })).toBeVisible();
  await expectNoAxeViolations(page, 'organisation page with its commitments');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
  await arrivedAt(page, 'Organisationer');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, 'organisation list in English');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await visit(page, '/det-har-finns-inte', 'Sidan finns inte');
});
