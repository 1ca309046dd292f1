import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

export const PASSWORD = 'samverkan';

/** Opens one of our pages, waits for its h1 and checks it with axe. */
export async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page, path);
}

/** Waits for the h1 of a page reached by clicking, then checks it with axe. */
export async function arrivedAt(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Logs in through the real Keycloak login page (not scanned: it is not ours) and comes back. */
export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/');
  const loginButton = page.getByRole('button', { name: 'Logga in' });
  // A cold Keycloak can miss the silent SSO check's time limit; the app then starts without login. Once more.
  if (
    !(await loginButton.waitFor({ timeout: 15_000 }).then(
      () => true,
      () => false,
    ))
  )
    await page.reload();
  await loginButton.click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
}

/** Chooses an option of a react-aria Select, found by its label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  // The Select's button (named by its value and label), not a table's sort button that ends in the same word.
  await page
    .getByRole('button', { name: new RegExp(`${label}$`) })
    .and(page.locator('[aria-haspopup="listbox"]'))
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A Swedish organisation number that passes the Luhn check: nine random digits and the check digit. */
export function randomOrganisationNumber(): string {
  const digits = Array.from({ length: 9 }, (_, index) =>
    // A first digit of 5 and a third of 2 or more, like a company's (aktiebolag) number.
    index === 0 ? 5 : index === 2 ? 2 + Math.floor(Math.random() * 8) : Math.floor(Math.random() * 10),
  );
  const sum = digits.reduce((total, digit, index) => {
    const value = index % 2 === 0 ? digit * 2 : digit;
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return [...digits, (10 - (sum % 10)) % 10].join('');
}
