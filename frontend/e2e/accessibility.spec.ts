import { expect, test } from '@playwright/test';
import { arrivedAt, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

test('the accessibility statement is reached from the footer, in Swedish and English', async ({ page }) => {
  await visit(page, '/', 'Samverkan');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await arrivedAt(page, 'Tillgänglighetsredogörelse');
  await expect(page).toHaveURL(/\/accessibility$/);
  const main = page.getByRole('main');
  // Digg's model statement: compliance, what to do, how to report, supervision, what is not accessible, testing.
  for (const heading of [
    'Hur tillgänglig är webbplatsen?',
    'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    'Rapportera brister i webbplatsens tillgänglighet',
    'Tillsyn',
    'Innehåll som inte är tillgängligt',
    'Hur vi testat webbplatsen',
  ])
    await expect(main.getByRole('heading', { name: heading })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Anmäl bristande tillgänglighet till Digg' })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  );
  // What is not known (who provides the service, contact details, dates) is marked as sample data.
  await expect(main.getByText('(exempeldata)')).toHaveCount(4);
  await expectNoAxeViolations(page, 'accessibility statement');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(main.getByRole('heading', { name: 'Supervision' })).toBeVisible();
  await expectNoAxeViolations(page, 'accessibility statement (English)');
});
