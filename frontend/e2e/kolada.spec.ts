import { expect, test } from '@playwright/test';
import { login, visit } from './support/app';
import { accessToken, callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';

/**
 * The end-to-end stack has no Kolada (and no internet), so fetching is switched off as it is by default: a Kolada
 * indicator's page says so, to everyone, and offers the coordinator no "fetch now".
 */
test('a Kolada indicator shows that fetching from Kolada is switched off', async ({ page, request }) => {
  const token = await accessToken(request, 'coordinator.vastmanland');
  const agreements = (await (await callApi(request, token, 'GET', '/api/v1/agreements?county=19&size=50')).json()) as {
    items: { id: string; status: string }[];
  };
  const adopted = agreements.items.find((agreement) => agreement.status === 'ADOPTED');
  expect(adopted).toBeDefined();
  const created = await callApi(request, token, 'POST', `/api/v1/agreements/${adopted?.id ?? ''}/indicators`, {
    body: {
      name: 'Kolada-indikator (e2e)',
      unit: '%',
      direction: 'HIGHER_IS_BETTER',
      scope: 'COUNTY',
      genderBreakdown: true,
      source: 'KOLADA',
      koladaKpi: 'N00914',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const indicator = (await created.json()) as { id: string; version: number };
  const path = `/follow-up/indicators/${indicator.id}`;

  try {
    await visit(page, path, 'Indikator: Kolada-indikator (e2e)');
    await expect(page.getByRole('heading', { level: 2, name: 'Hämtning från Kolada' })).toBeVisible();
    await expect(page.getByText('Hämtning från Kolada är avstängd')).toBeVisible();
    await expect(page.getByText('Inga hämtningar ännu.')).toBeVisible();

    await login(page, 'coordinator.vastmanland');
    await visit(page, path, 'Indikator: Kolada-indikator (e2e)');
    await expect(page.getByText('Hämtning från Kolada är avstängd')).toBeVisible();
    await expect(page.getByText('Kolada, nyckeltal N00914')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hämta från Kolada nu' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'kolada switched off');

    // The API refuses a fetch with the reason, in the caller's language.
    const refused = await callApi(request, token, 'POST', `/api/v1/indicators/${indicator.id}/kolada/fetch`, {
      ifMatch: `"${String(indicator.version)}"`,
    });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { rule: string }).rule).toBe('kolada-disabled');
  } finally {
    await callApi(request, token, 'DELETE', `/api/v1/indicators/${indicator.id}`, {
      ifMatch: `"${String(indicator.version)}"`,
    });
  }
});
