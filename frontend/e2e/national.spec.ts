import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { arrivedAt, choose, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/**
 * Issue 16: an anonymous visitor compares the counties, opens the LÖK map and its table, and downloads the
 * comparison. 2018 is a year no other spec writes agreements into: Västmanland's RÖK 2016–2020 (adopted, expired
 * since) was in force then, and the demo data has no LÖK.
 */
test('an anonymous visitor compares the counties, opens the LÖK map and its table, and downloads the comparison', async ({
  page,
}) => {
  await visit(page, '/', 'Samverkan');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Länen' }).click();
  await arrivedAt(page, 'Länen i jämförelse');
  await choose(page, 'År', '2018');
  await expect(page).toHaveURL(/[?&]year=2018/);

  const table = page.getByRole('table', { name: 'Länen i jämförelse 2018' });
  // 21 counties, the whole country, and the header row; the public sees no internal column.
  await expect(table.getByRole('row')).toHaveCount(23);
  await expect(table.getByRole('columnheader', { name: 'Under arbete' })).toHaveCount(0);
  const vastmanland = table.getByRole('row').filter({ hasText: 'Västmanlands län' });
  await expect(vastmanland.getByRole('cell').nth(0)).toHaveText('1'); // RÖK in force (the county is the row header)
  await expect(vastmanland.getByRole('cell').nth(4)).toHaveText('0 av 10'); // municipalities with a LÖK
  await expect(table.getByRole('row').filter({ hasText: 'Hela landet' }).getByRole('cell').nth(4)).toHaveText(
    '0 av 290',
  );
  await expectNoAxeViolations(page, 'national page 2018');

  // The same figures as CSV.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner jämförelsen som CSV (RFC 4180)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('samverkan-lanen-2018.csv');
  const lines = (await readFile(await file.path(), 'utf8')).trim().split(/\r?\n/);
  expect(lines[0]).toBe(
    'year,county_code,county,regional_agreements,local_agreements,strategies,cooperation_plans,municipalities,' +
      'municipalities_with_lok,goal_areas_on_track,goal_areas_partly,goal_areas_not_on_track,' +
      'goal_areas_not_assessed,open_action_items,overdue_action_items',
  );
  expect(lines).toHaveLength(23);
  expect(lines.find((line) => line.startsWith('2018,19,'))).toMatch(/^2018,19,Västmanlands län,1,0,\d+,\d+,10,0,/);
  expect(lines[22]).toMatch(/^2018,,Hela landet,\d+,0,\d+,\d+,290,0,/);

  // The LÖK map: a block per county, a tile per municipality.
  await page.getByRole('link', { name: 'Karta över LÖK i kommunerna' }).click();
  await arrivedAt(page, 'LÖK i kommunerna');
  await expect(page.getByRole('status').filter({ hasText: 'kommuner har en LÖK' })).toHaveText(
    '0 av 290 kommuner har en LÖK i kraft 2018.',
  );
  const map = page.getByRole('list', { name: 'Kommunerna per län 2018' });
  await expect(map.getByRole('heading', { level: 2 })).toHaveCount(21);
  await expect(map.getByLabel('Västerås: ingen LÖK i kraft')).toBeVisible();
  await expect(map.getByLabel(/: ingen LÖK i kraft$/)).toHaveCount(290);

  // Its table alternative says the same.
  await page.getByRole('link', { name: 'Tabell' }).click();
  await expect(page).toHaveURL(/[?&]view=table/);
  const lokTable = page.getByRole('table', { name: 'Kommunernas LÖK 2018' });
  await expect(lokTable.getByRole('row')).toHaveCount(291);
  await expect(lokTable.getByRole('row').filter({ hasText: 'Västerås' })).toContainText('Västmanlands län');
  await expect(lokTable.getByRole('row').filter({ hasText: 'Västerås' })).toContainText('Ingen LÖK i kraft');
  await expectNoAxeViolations(page, 'LÖK map as a table');
});
