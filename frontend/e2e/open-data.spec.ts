import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { arrivedAt, choose, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

test('an anonymous visitor opens the open-data page and downloads a dataset', async ({ page }) => {
  await visit(page, '/', 'Samverkan');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Öppna data' }).click();
  await arrivedAt(page, 'Öppna data');
  await expect(page.getByRole('link', { name: /CC0 1\.0/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'DCAT-AP-SE-katalog (JSON-LD)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Webbhooks och leveranser' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'open data');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV: Överenskommelser' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('agreements.csv');
  const path = await file.path();
  const csv = await readFile(path, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^id,kind,title,county_code/);
  expect(csv).toContain('Västmanland');
  // Every row names its public page: the regional agreement's opens for the visitor.
  const rokTitle =
    'Regional överenskommelse om samarbete kring nyanländas etablering och mottagande av ensamkommande barn i ' +
    'Västmanlands län 2016-2020';
  const rok = new RegExp(`^([0-9a-f-]{36}),REGIONAL,${rokTitle},`, 'm').exec(csv)?.[1];
  expect(rok).toBeDefined();
  const url = new RegExp(`(http\\S+/agreements/${rok ?? ''})\\r?$`, 'm').exec(csv)?.[1];
  expect(url).toBeDefined();
  await visit(page, url ?? '', rokTitle);
  await visit(page, '/open-data', 'Öppna data');

  await choose(page, 'Flöden för', 'Västmanlands län');
  await expect(page.getByRole('link', { name: 'Publicerade protokoll (Atom)' })).toHaveAttribute(
    'href',
    '/api/v1/open-data/minutes.atom?county=19',
  );
});

test('an administrator sees the webhook subscriptions', async ({ page }) => {
  await login(page, 'admin');
  await visit(page, '/open-data', 'Öppna data');
  await page.getByRole('link', { name: 'Webbhooks och leveranser' }).click();
  await arrivedAt(page, 'Webbhooks');
  await expectNoAxeViolations(page, 'webhooks');
});
