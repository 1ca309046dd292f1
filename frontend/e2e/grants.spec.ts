import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, choose, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** A date `days` from today as `YYYY-MM-DD`. */
function isoDate(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const runId = Date.now().toString(36);
let vastmanlandMeetingPath = '';

/** The id of a demo forum found by its name in a county (the pages link to it; the spec only needs where to start). */
async function forumId(request: APIRequestContext, username: string, county: string, name: string): Promise<string> {
  const token = await accessToken(request, username);
  const response = await callApi(
    request,
    token,
    'GET',
    `/api/v1/forums?county=${county}&q=${encodeURIComponent(name)}`,
  );
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { items: { id: string; name: string }[] };
  const forum = body.items.find((item) => item.name === name);
  expect(forum, name).toBeDefined();
  return forum?.id ?? '';
}

async function createMeeting(page: Page, title: string, place: string) {
  await page.getByRole('textbox', { name: /^Datum/ }).fill(isoDate(14));
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(title);
  await page.getByRole('textbox', { name: /^Plats/ }).fill(place);
  await page.getByRole('button', { name: 'Skapa mötet' }).click();
  await arrivedAt(page, new RegExp(`^${title}`));
}

async function addAgendaPoint(page: Page, title: string) {
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(title);
  await choose(page, 'Typ av punkt', 'Övrigt');
  await page.getByRole('button', { name: 'Lägg till punkten' }).click();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^§ \\d+ ${title}$`) })).toBeVisible();
}

test.describe.serial('grants', () => {
  // Each test logs in twice through Keycloak and creates meetings on a machine shared by several stacks.
  test.describe.configure({ timeout: 240_000 });

  test('the Västmanland coordinator grants forum editor of Integrationsrådet; the editor adds an agenda point', async ({
    page,
    browser,
  }) => {
    await login(page, 'coordinator.vastmanland');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Behörigheter' }).click();
    await arrivedAt(page, 'Behörigheter i Västmanlands län');

    const person = page.getByRole('combobox', { name: /^Person/ });
    await person.click();
    await person.pressSequentially('editor.vas');
    await page.getByRole('option', { name: /editor\.vasteras/ }).click();
    await choose(page, 'Forum', 'Integrationsrådet');
    await page.getByRole('button', { name: 'Ge behörighet' }).click();
    await expect(page.getByText(/har fått behörigheten\.$/)).toBeVisible();
    const grants = page.getByRole('table', { name: 'Behörigheter i Västmanlands län' });
    await expect(grants.getByRole('row').filter({ hasText: 'editor.vasteras' })).toContainText('Integrationsrådet');
    await expect(page.getByRole('region', { name: 'Logg över behörigheter' })).toContainText('coordinator.vastmanland');
    await expectNoAxeViolations(page, 'county grants after granting');

    // The grant's own page: what it covers and its log, who granted it when.
    await grants.getByRole('row').filter({ hasText: 'editor.vasteras' }).getByRole('link', { name: /^Logg/ }).click();
    await arrivedAt(page, 'Redaktör för forum: Oskar Lind');
    await expect(page.getByRole('region', { name: 'Logg' })).toContainText(
      'coordinator.vastmanland: Granted FORUM_EDITOR to editor.vasteras',
    );

    // The coordinator plans the next meeting; the editor prepares its agenda.
    const integrationsradet = await forumId(page.request, 'coordinator.vastmanland', '19', 'Integrationsrådet');
    await visit(page, `/forums/${integrationsradet}`, 'Integrationsrådet');
    await createMeeting(page, `Rådsmöte med redaktör ${runId}`, 'Länsstyrelsen Västmanland, Västerås');
    vastmanlandMeetingPath = new URL(page.url()).pathname;

    const context = await browser.newContext();
    const editor = await context.newPage();
    await login(editor, 'editor.vasteras');
    await visit(editor, '/profile', 'Min profil');
    await expect(editor.getByRole('table', { name: 'Behörigheter som du har' })).toContainText('Redaktör för forum');
    await expectNoAxeViolations(editor, 'profile of the forum editor with their grant');
    await visit(editor, vastmanlandMeetingPath, new RegExp(`^Rådsmöte med redaktör ${runId}`));
    await addAgendaPoint(editor, `Underlag från Västerås ${runId}`);
    await expectNoAxeViolations(editor, 'meeting prepared by the forum editor');
    await context.close();
  });

  test('the GR coordinator runs a GR network meeting and is refused on a Västmanland forum', async ({ page }) => {
    expect(vastmanlandMeetingPath).toMatch(/^\/meetings\//);
    await login(page, 'coordinator.gr');
    const network = await forumId(page.request, 'coordinator.gr', '14', 'GR-nätverket för mottagande och integration');
    await visit(page, `/forums/${network}`, 'GR-nätverket för mottagande och integration');
    await createMeeting(page, `GR-nätverkets möte ${runId}`, 'Göteborgsregionen, Göteborg');
    await addAgendaPoint(page, `Läget i kommunerna ${runId}`);
    await expectNoAxeViolations(page, 'GR meeting with an agenda point');

    const integrationsradet = await forumId(page.request, 'coordinator.gr', '19', 'Integrationsrådet');
    await visit(page, `/forums/${integrationsradet}`, 'Integrationsrådet');
    await expect(page.getByRole('button', { name: 'Skapa mötet' })).toHaveCount(0);
    await visit(page, vastmanlandMeetingPath, new RegExp(`^Rådsmöte med redaktör ${runId}`));
    await expect(
      page.getByRole('heading', { level: 3, name: new RegExp(`Underlag från Västerås ${runId}`) }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lägg till punkten' })).toHaveCount(0);
  });
});
