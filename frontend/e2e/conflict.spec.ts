import { expect, test } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { login } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** A name no earlier run has used. */
const name = `Samverkansforum konflikt ${Date.now().toString(36)}`;

test('someone saves a forum through the API while I edit it: my save shows their change, and re-applying keeps both', async ({
  page,
  request,
}) => {
  // The forum, made through the API for the test; the same coordinator's token changes it meanwhile.
  const token = await accessToken(request, 'coordinator.vastmanland');
  const input = {
    name,
    kind: 'FORUM',
    level: 'REGIONAL',
    countyCode: '19',
    meetingsPerYear: 4,
    chair: 'Landshövdingen',
  };
  const created = await callApi(request, token, 'POST', '/api/v1/forums', { body: input });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await login(page, 'coordinator.vastmanland');
  // One axe scan, of the conflict screen: the form and the forum page are scanned by the forum specs.
  await page.goto(`/forums/${id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: `Redigera ${name}` })).toBeVisible();
  await page.getByRole('textbox', { name: /^Ordförande/ }).fill('Regiondirektören');

  const read = await callApi(request, token, 'GET', `/api/v1/forums/${id}`);
  const theirs = await callApi(request, token, 'PUT', `/api/v1/forums/${id}`, {
    body: { ...input, description: 'Samordnar mottagandet av nyanlända i länet.' },
    ifMatch: read.headers()['etag'],
  });
  expect(theirs.status(), await theirs.text()).toBe(200);

  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Någon annan har sparat en nyare version' });
  await expect(warning).toBeFocused();
  const row = page
    .getByRole('table', { name: 'Ändringar som någon annan har sparat sedan du började redigera' })
    .getByRole('row', { name: /^Beskrivning/ });
  await expect(row.getByRole('cell')).toHaveText([
    'Samordnar mottagandet av nyanlända i länet.',
    '(tomt)',
    'Samordnar mottagandet av nyanlända i länet.',
  ]);
  await expect(page.getByText('Du har ändrat: Ordförande.')).toBeVisible();
  await expectNoAxeViolations(page, 'conflict screen');

  await page.getByRole('button', { name: 'Använd mina ändringar på den senaste versionen' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Ändringarna är sparade.')).toBeVisible();
  await expect(page.getByText('Regiondirektören')).toBeVisible();
  await expect(page.getByText('Samordnar mottagandet av nyanlända i länet.')).toBeVisible();

  // Saved over their version (If-Match with its ETag): both changes are stored; the forum is removed again.
  const stored = await callApi(request, token, 'GET', `/api/v1/forums/${id}`);
  expect(await stored.json()).toMatchObject({
    chair: 'Regiondirektören',
    description: 'Samordnar mottagandet av nyanlända i länet.',
  });
  const deleted = await callApi(request, token, 'DELETE', `/api/v1/forums/${id}`, {
    ifMatch: stored.headers()['etag'],
  });
  expect(deleted.status()).toBe(204);
});
