import { expect, test } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, login, visit } from './support/app';

const iso = (date: Date) => date.toISOString().slice(0, 10);

test('a coordinator copies last year’s survey, a member answers, the picture is published and read by anyone', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const token = await accessToken(request, 'coordinator.vastmanland');
  const list = await callApi(request, token, 'GET', '/api/v1/surveys?national=true');
  const surveys = (await list.json()) as { id: string; year: number; title: string }[];
  const last = surveys.find((s) => s.year === 2021);
  expect(last).toBeDefined();
  const lastId = last?.id ?? '';

  // The Västmanland coordinator copies it for the county, open from today, and opens it.
  const coordinator = await (await browser.newContext()).newPage();
  await login(coordinator, 'coordinator.vastmanland');
  await visit(coordinator, `/surveys/${lastId}`, 'Lägesbild 2021');
  const year = new Date().getFullYear() + 1;
  const copyForm = coordinator.getByRole('form', { name: 'Kopiera till en ny enkät' });
  await copyForm.getByLabel('År').fill(String(year));
  await copyForm.getByLabel('Öppnar').fill(iso(new Date()));
  await copyForm.getByLabel('Stänger').fill(iso(new Date(Date.now() + 30 * 24 * 3600 * 1000)));
  await copyForm.getByRole('button', { name: 'Kopiera' }).click();
  await arrivedAt(coordinator, `Lägesbild ${String(year)}`);
  await coordinator.getByRole('button', { name: 'Öppna enkäten' }).click();
  await expect(coordinator.getByText('Öppen', { exact: true })).toBeVisible();
  const surveyPath = new URL(coordinator.url()).pathname;

  // The Västerås member answers with comments and submits.
  const member = await (await browser.newContext()).newPage();
  await login(member, 'member.vasteras');
  await visit(member, surveyPath, `Lägesbild ${String(year)}`);
  await member.getByRole('link', { name: 'Svara för Västerås stad' }).click();
  await arrivedAt(member, 'Svar från Västerås stad');
  const groups = member.getByRole('radiogroup');
  const count = await groups.count();
  expect(count).toBe(5);
  for (let i = 0; i < count; i++) {
    await groups
      .nth(i)
      .getByRole('radio', { name: i === 1 ? 'Instämmer inte särskilt' : 'Instämmer delvis' })
      .check({ force: true });
  }
  await member.getByLabel('Kommentar', { exact: true }).nth(1).fill('Bostäder saknas för stora familjer.');
  await member
    .getByRole('checkbox', { name: 'Kommentaren får visas i den publicerade lägesbilden' })
    .nth(1)
    .check({ force: true });
  await member.getByLabel('Kommentar', { exact: true }).nth(0).fill('Intern kommentar om beredskapen.');
  await member.getByLabel('Vilka är styrkorna i kommunens arbete med mottagandet?').fill('Samverkan med regionen.');
  await member.getByRole('button', { name: 'Skicka in' }).click();
  await expect(member.getByText('Svaret är inskickat.', { exact: true })).toBeVisible();

  // The coordinator sees the response rate and the distributions, writes the summaries, closes and publishes.
  await visit(coordinator, `${surveyPath}/results`, `Lägesbild: Lägesbild ${String(year)}`);
  await expect(coordinator.getByText('1 av 10 har svarat (10 %)')).toBeVisible();
  await expect(
    coordinator.getByRole('table', { name: /Fördelning: Kommunen kan erbjuda nyanlända som anvisas/ }),
  ).toBeVisible();
  await expect(coordinator.getByText('Intern kommentar om beredskapen.')).toBeVisible();
  await coordinator.getByLabel('Läget: Boende').fill('Bostadsbristen är länets största utmaning.');
  await coordinator.getByRole('button', { name: 'Spara sammanfattningarna' }).click();
  await expect(coordinator.getByText('Sammanfattningarna är sparade.')).toBeVisible();
  await visit(coordinator, surveyPath, `Lägesbild ${String(year)}`);
  await coordinator.getByRole('button', { name: 'Stäng enkäten' }).click();
  await expect(coordinator.getByText('Stängd', { exact: true })).toBeVisible();
  await visit(coordinator, `${surveyPath}/results`, `Lägesbild: Lägesbild ${String(year)}`);
  await coordinator.getByRole('button', { name: 'Publicera resultatet' }).click();
  await expect(coordinator.getByRole('button', { name: 'Publicera resultatet' })).toHaveCount(0);

  // Anyone reads the public picture: aggregates, summaries, the publishable comment, never the internal one.
  const anonymous = await (await browser.newContext()).newPage();
  await visit(anonymous, `${surveyPath}/results`, `Lägesbild: Lägesbild ${String(year)}`);
  await expect(anonymous.getByText('Bostadsbristen är länets största utmaning.')).toBeVisible();
  await expect(anonymous.getByText('Bostäder saknas för stora familjer.')).toBeVisible();
  await expect(anonymous.getByText('Intern kommentar om beredskapen.')).toHaveCount(0);
  await expect(anonymous.getByText('1 av 10 har svarat (10 %)')).toBeVisible();
  await visit(anonymous, '/surveys', 'Lägesbild');
});
