import { expect, test, type Page } from '@playwright/test';
import { login } from './support/app';

/** A phone's width (iPhone 12–15): no page may scroll sideways, and the header leaves most of the screen to the page. */
const WIDTH = 390;
const HEIGHT = 844;
const HEADER_SHARE = 0.33;

test.use({ viewport: { width: WIDTH, height: HEIGHT } });

/** The id of the first item a list call answers with (a page of `items` or a plain array). */
async function firstId(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
  const body = (await response.json()) as { items?: { id: string }[] } | { id: string }[];
  const items = Array.isArray(body) ? body : (body.items ?? []);
  expect(items.length, `${path} lists nothing`).toBeGreaterThan(0);
  return items[0].id;
}

/** What is wrong with the page at this width: sideways scrolling (and what sticks out), or a header too tall. */
async function narrowProblems(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main [role="status"] .ds-spinner-circle')).toHaveCount(0);
  const measured = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      // Only the outermost offender of each branch; an element inside a region that scrolls by itself is fine.
      .filter((element) => !element.parentElement || element.parentElement.getBoundingClientRect().right <= width + 1)
      .filter((element) => {
        for (let up = element.parentElement; up; up = up.parentElement) {
          if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return false;
        }
        return true;
      })
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      header: document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0,
      wide,
    };
  });
  const problems: string[] = [];
  if (measured.scrollWidth > measured.width)
    problems.push(`${path} scrolls sideways (${measured.scrollWidth} px): ${measured.wide.join(', ')}`);
  if (measured.header > HEIGHT * HEADER_SHARE)
    problems.push(`${path}: the header takes ${Math.round(measured.header)} of ${HEIGHT} px`);
  return problems;
}

test('the public pages fit a 390 px wide screen', async ({ page }) => {
  const agreement = await firstId(page, '/api/v1/agreements');
  const organisation = await firstId(page, '/api/v1/organisations');
  const forum = await firstId(page, '/api/v1/forums');
  const paths = [
    '/',
    '/organisations',
    `/organisations/${organisation}`,
    '/agreements',
    `/agreements/${agreement}`,
    `/agreements/${agreement}/history`,
    // The matrix reads as a list per goal area at this width.
    `/agreements/${agreement}/matrix`,
    '/forums',
    `/forums/${forum}`,
    '/action-items',
    '/follow-up',
    '/search?q=integration',
    '/funding',
    '/funding/projects',
    '/open-data',
    '/accessibility',
  ];
  const problems: string[] = [];
  for (const path of paths) problems.push(...(await narrowProblems(page, path)));
  expect(problems).toEqual([]);
});

test('a coordinator’s pages fit a 390 px wide screen', async ({ page }) => {
  await login(page, 'coordinator.vastmanland');
  const problems: string[] = [];
  for (const path of ['/', '/follow-up/tasks', '/notifications', '/profile', '/agreements/new', '/organisations/new'])
    problems.push(...(await narrowProblems(page, path)));
  expect(problems).toEqual([]);
});
