import { expect, test } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, choose, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** A date `days` from today as `YYYY-MM-DD`. */
function isoDate(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const runId = Date.now().toString(36);

/**
 * Issue 14: Beredningsgruppen proposes the year's priority, a meeting of Integrationsrådet decides it through a
 * decision that takes effect, and the agreement shows it as decided, linked to the meeting.
 */
test('a council meeting decides the yearly priority proposed by Beredningsgruppen', async ({ page, request }) => {
  test.setTimeout(180_000);
  const year = new Date().getFullYear();
  const title = `Samverkansplan Västmanland ${runId}`;
  const token = await accessToken(request, 'coordinator.vastmanland');
  const created = await callApi(request, token, 'POST', '/api/v1/agreements', {
    body: { kind: 'COOPERATION_PLAN', title, countyCode: '19', firstYear: year, lastYear: year + 1 },
  });
  expect(created.status()).toBe(201);
  const agreement = (await created.json()) as { id: string };
  const added = await callApi(request, token, 'POST', `/api/v1/agreements/${agreement.id}/goal-areas`, {
    body: { number: '1', title: 'Arbete', goal: 'Fler nyanlända i arbete.' },
  });
  expect(added.status()).toBe(201);
  const goalArea = (await added.json()) as { id: string };

  await login(page, 'coordinator.vastmanland');

  // Beredningsgruppen's proposal.
  await visit(
    page,
    `/agreements/${agreement.id}/goal-areas/${goalArea.id}/focus?year=${year}`,
    'Särskilt fokus för målområde 1 Arbete',
  );
  await page.getByRole('textbox', { name: 'Punkt 1' }).fill(`Fler nyanlända kvinnor i arbete ${runId}`);
  await choose(page, 'Föreslås av', 'Beredningsgruppen');
  await expectNoAxeViolations(page, 'priority proposal form');
  await page.getByRole('button', { name: `Spara särskilt fokus för ${year}` }).click();
  await arrivedAt(page, title);
  const area = page.getByRole('region', { name: '1 Arbete' });
  await expect(area.getByText('Förslag', { exact: true })).toBeVisible();
  await expect(area.getByText('Föreslagen av Beredningsgruppen, ännu inte fastställd.')).toBeVisible();

  // Integrationsrådet's meeting (yesterday) decides it.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samverkansforum' }).click();
  await arrivedAt(page, 'Samverkansforum');
  await page.getByRole('figure').getByRole('link', { name: 'Integrationsrådet', exact: true }).click();
  await arrivedAt(page, 'Integrationsrådet');
  await expect(page.getByRole('heading', { name: 'Stående dagordningspunkter' })).toBeVisible();
  await expectNoAxeViolations(page, 'deciding forum with its standing points');
  await page.getByRole('textbox', { name: /^Datum/ }).fill(isoDate(-1));
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(`Prioriteringsmöte ${runId}`);
  await page.getByRole('button', { name: 'Skapa mötet' }).click();
  await arrivedAt(page, new RegExp(`^Prioriteringsmöte ${runId}`));

  await page.getByRole('textbox', { name: /^Rubrik/ }).fill('Årliga prioriteringar');
  await choose(page, 'Typ av punkt', 'Beslut');
  await page.getByRole('button', { name: 'Lägg till punkten' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '§ 1 Årliga prioriteringar' })).toBeVisible();

  await page.getByText('Lägg till beslut på punkt 1', { exact: true }).click();
  await page
    .getByRole('textbox', { name: /^Beslut/ })
    .fill('Integrationsrådet beslutade att fastställa Beredningsgruppens förslag till prioriteringar.');
  await choose(page, 'Utfall', 'Beslutat');
  // The decision could also adopt the plan: ticked together, the adoption's rule (two parties) refuses both.
  const effects = page.getByRole('group', { name: /^Beslutet gäller/ });
  const priority = effects.getByRole('checkbox', { name: new RegExp(`^Fastställ prioriteringen: ${title}`) });
  const adoption = effects.getByRole('checkbox', { name: `Anta överenskommelsen: ${title}` });
  await priority.check({ force: true }); // react-aria keeps the input visually hidden under its label
  await adoption.check({ force: true });
  await expectNoAxeViolations(page, 'decision form with its effects');
  await page.getByRole('button', { name: 'Lägg till beslutet' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'minst två parter' });
  await expect(refused).toContainText('Beslutet registrerades inte, och inget av det som kryssades i ändrades.');
  await adoption.uncheck({ force: true });
  await page.getByRole('button', { name: 'Lägg till beslutet' }).click();
  await expect(page.getByText('Beslutet är tillagt.')).toBeVisible();
  await expect(page.getByText('Fastställde prioriteringen')).toBeVisible();
  await expectNoAxeViolations(page, 'minutes with a decision that took effect');

  // The agreement shows the priority as decided, linked to the meeting.
  await page
    .getByRole('link', { name: new RegExp(`^${title}`) })
    .first()
    .click();
  await arrivedAt(page, title);
  await expect(area.getByText('Fastställd', { exact: true })).toBeVisible();
  const decided = area.getByRole('link', { name: /^fastställd av Integrationsrådet .*, § 1$/ });
  await expect(decided).toBeVisible();
  await expect(area.getByText('på förslag av Beredningsgruppen')).toBeVisible();
  await expectNoAxeViolations(page, 'agreement with its decided priority');
  await decided.click();
  await arrivedAt(page, new RegExp(`^Prioriteringsmöte ${runId}`));
});
