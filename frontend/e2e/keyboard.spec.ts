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
});
