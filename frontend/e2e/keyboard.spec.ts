import { expect, test, type Locator, type Page } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, login } from './support/app';

/** Whether the focused element shows where the focus is (the design system's outline). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
}

/** Presses Tab until `target` has the focus, checking on the way that every stop shows its focus. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  const unmarked: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (!(await focusIsVisible(page)))
      unmarked.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? ''));
    if (await target.evaluate((element) => element === document.activeElement)) {
      expect(unmarked, 'stops that did not show their focus').toEqual([]);
      return;
    }
  }
  throw new Error(`${String(target)} was not reached with ${limit} presses of Tab`);
}

test('a coordinator finds an agreement, opens it and corrects it with the keyboard alone', async ({
  page,
  request,
}) => {
  const runId = Date.now().toString(36);
  const title = `Samverkansdokument tangentbord ${runId}`;
  // A draft of the coordinator's own, made through the API for the test.
  const token = await accessToken(request, 'coordinator.vastmanland');
  const created = await callApi(request, token, 'POST', '/api/v1/agreements', {
    body: { kind: 'COOPERATION_PLAN', title, countyCode: '19', firstYear: 2026, lastYear: 2027 },
  });
  expect(created.status()).toBe(201);
  const draft = (await created.json()) as { id: string };

  await login(page, 'coordinator.vastmanland');
  await page.goto(`/agreements?q=${runId}`);
  await arrivedAt(page, 'Överenskommelser');

  // The list: each result is a link of its own, reached with Tab and opened with Enter.
  const results = page.getByRole('table', { name: 'Överenskommelser' });
  const link = results.getByRole('link', { name: title });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();

  // The agreement: on to its form.
  await tabTo(page, page.getByRole('link', { name: 'Redigera uppgifterna' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // The form: a new report number, typed, then saved with the keyboard.
  const reportNumber = page.getByRole('textbox', { name: 'Rapportnummer' });
  await tabTo(page, reportNumber);
  await page.keyboard.type(`Rapport ${runId}`);
  await tabTo(page, page.getByRole('button', { name: 'Spara ändringarna' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`Rapport ${runId}`)).toBeVisible();
  const saved = await callApi(request, token, 'GET', `/api/v1/agreements/${draft.id}`);
  expect(((await saved.json()) as { reportNumber?: string }).reportNumber).toBe(`Rapport ${runId}`);

  // The organisation list: from its search field, Tab reaches the first row's link (past the filters and the
  // sortable headers), the next Tab the second row's, and Enter opens the organisation.
  await page.goto('/organisations?county=19');
  await arrivedAt(page, 'Organisationer');
  const organisations = page.getByRole('table', { name: 'Organisationer' });
  const searchField = page.getByRole('searchbox', { name: 'Sök på namn eller organisationsnummer' });
  await searchField.focus();
  await page.keyboard.type('kommun');
  await expect(page).toHaveURL(/[?&]q=kommun/);
  await expect(organisations).not.toHaveAttribute('aria-busy', 'true');
  const organisationLinks = organisations.locator('tbody tr').getByRole('link');
  await expect(organisationLinks.nth(1)).toBeVisible();
  const first = await organisationLinks.nth(0).innerText();
  const second = await organisationLinks.nth(1).innerText();
  expect(first).toMatch(/kommun/i);
  expect(second).toMatch(/kommun/i);
  await tabTo(page, organisationLinks.nth(0));
  await tabTo(page, organisationLinks.nth(1), 1);
  await page.keyboard.press('Shift+Tab');
  await expect(organisationLinks.nth(0)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeFocused();

  // The action-item board (Västerbotten's, whose demo minutes hand out items): each row's title is a Tab stop, in
  // row order (the forum's link of the same row in between), and Enter opens the item.
  await page.goto('/action-items?county=24');
  await arrivedAt(page, 'Uppdrag');
  const board = page.getByRole('table', { name: 'Uppdrag' });
  const titleLinks = board.locator('tbody tr > th').getByRole('link');
  await expect(titleLinks.nth(1)).toBeVisible();
  await tabTo(page, titleLinks.nth(0));
  await tabTo(page, titleLinks.nth(1), 5);
  const secondTitle = await titleLinks.nth(1).innerText();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: secondTitle })).toBeFocused();
});
