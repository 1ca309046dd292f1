import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Scans the page as it is now for WCAG 2.1 A/AA violations and fails on any. Our pages only: Keycloak's login
 * page is outside our control and is not scanned. Fails too when the page asked for a text it did not have (the app
 * records those in `window.samverkanMissingTexts`, e.g. a key whose feature chunk lacks it).
 */
export async function expectNoAxeViolations(page: Page, name?: string): Promise<void> {
  // Let loading states settle, so the scan sees the page a person would.
  await expect(page.locator('main [role="status"] .ds-spinner-circle')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    ${node.target.join(' ')} ${node.html}: ${node.failureSummary ?? ''}`)
        .join('\n'),
  );
  expect(summary, `axe violations on ${name ?? page.url()}`).toEqual([]);
  const missing = await page.evaluate(
    () => (window as { samverkanMissingTexts?: string[] }).samverkanMissingTexts ?? [],
  );
  expect(missing, `texts missing on ${name ?? page.url()}`).toEqual([]);
}
