import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, choose, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** Keycloak as the tests reach it (shared by `make run` and the e2e stack). */
const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';

const runId = Date.now().toString(36);
/** A year no earlier run has used for these forums' status reports (clean database per run; other specs use 2030–2089). */
const reportYear = 2090 + (Date.now() % 10);

/** The id the demo data gives a record (Java's UUID.nameUUIDFromBytes of "samverkan:demo:<kind>:<key>"). */
function demoId(kind: string, key: string): string {
  const hash = createHash('md5').update(`samverkan:demo:${kind}:${key}`, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x30;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const RUP_WORK = 'Andel nyanlända flyktingar som har arbete inom två år';
const RUP_COMPANIES = 'Andel företagsetableringar i länet';
const RUP_RECRUITING =
  'Andel företag/organisationer som anger svårigheter att hitta rätt arbetskraft vid rekryteringar';

/** A token of a service account (client credentials), as another agency's system gets one. */
async function clientToken(request: APIRequestContext, clientId: string, secret: string): Promise<string> {
  const response = await request.post(`${KEYCLOAK_URL}/realms/samverkan/protocol/openid-connect/token`, {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function json<T>(response: {
  ok(): boolean;
  status(): number;
  text(): Promise<string>;
  json(): Promise<unknown>;
}) {
  expect(response.ok(), `${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function etag(request: APIRequestContext, token: string, path: string): Promise<string> {
  const response = await callApi(request, token, 'GET', path);
  expect(response.ok()).toBe(true);
  const tag = response.headers().etag;
  expect(tag, `ETag of ${path}`).toBeTruthy();
  return tag;
}

/** An adopted regional agreement of a county with one goal area and one responsible party, and its open round. */
async function openRoundOfNewAgreement(
  request: APIRequestContext,
  username: string,
  county: string,
  title: string,
  convenerKey: string,
  responsibleKey: string,
): Promise<string> {
  const token = await accessToken(request, username);
  const agreement = await json<{ id: string }>(
    await callApi(request, token, 'POST', '/api/v1/agreements', {
      body: { kind: 'REGIONAL', title, countyCode: county, firstYear: 2026, lastYear: 2028 },
    }),
  );
  const path = `/api/v1/agreements/${agreement.id}`;
  for (const [key, role] of [
    [convenerKey, 'CONVENER'],
    [responsibleKey, 'SIGNATORY'],
  ]) {
    await json(
      await callApi(request, token, 'POST', `${path}/parties`, {
        body: { organisationId: demoId('organisation', key), role },
      }),
    );
  }
  const area = await json<{ id: string }>(
    await callApi(request, token, 'POST', `${path}/goal-areas`, {
      body: { number: '1', title: 'Arbete och praktik', goal: 'Fler nyanlända kvinnor och män har arbete.' },
    }),
  );
  await json(
    await callApi(request, token, 'POST', `${path}/goal-areas/${area.id}/responsibilities`, {
      body: { organisationId: demoId('organisation', responsibleKey), kind: 'RESPONSIBLE', level: 'REGIONAL' },
    }),
  );
  await json(
    await callApi(request, token, 'POST', `${path}/status`, {
      body: { status: 'ADOPTED' },
      ifMatch: await etag(request, token, path),
    }),
  );
  const round = await json<{ id: string }>(
    await callApi(request, token, 'POST', `${path}/follow-up-rounds`, { body: { year: 2026, deadline: '2027-03-31' } }),
  );
  return round.id;
}

test.describe.serial('scopes', () => {
  // Several logins through Keycloak on a machine shared by several stacks.
  test.describe.configure({ timeout: 240_000 });

  let integrationsradetReportPath = '';

  test('the admin grants a statistics system named indicators of two counties outside the counties, and revokes it', async ({
    page,
  }) => {
    // Västra Götaland has no indicators in the demo data: its coordinator defines one.
    const vg = await accessToken(page.request, 'coordinator.vastragotaland');
    const agreements = await json<{ items: { id: string; status: string }[] }>(
      await callApi(page.request, vg, 'GET', '/api/v1/agreements?county=14&size=100'),
    );
    // Its cooperation documents (the 2024 one, or an earlier one) hold the indicator.
    const vgAgreement = agreements.items.find((item) => item.status === 'ADOPTED') ?? agreements.items.at(0);
    expect(vgAgreement, 'an agreement in Västra Götaland').toBeDefined();
    const vgIndicator = `Andel i arbete efter etableringen ${runId}`;
    await json(
      await callApi(page.request, vg, 'POST', `/api/v1/agreements/${vgAgreement?.id ?? ''}/indicators`, {
        body: {
          name: vgIndicator,
          unit: '%',
          direction: 'HIGHER_IS_BETTER',
          scope: 'COUNTY',
          genderBreakdown: false,
          source: 'MANUAL',
        },
      }),
    );

    await login(page, 'admin');
    await visit(page, '/profile', 'Min profil');
    await expectNoAxeViolations(page, 'profile of the administrator');
    await page.getByRole('link', { name: 'Behörigheter utanför länen' }).click();
    await arrivedAt(page, 'Behörigheter utanför länen');
    await expect(page.getByRole('table', { name: 'Behörigheter utanför länen' })).toContainText('reader.national');

    const client = `statistik-${runId}`;
    await choose(page, 'Behörighet', 'Leverantör av statistik');
    await expect(page.getByRole('radio', { name: 'Tjänstekonto (ett annat system)' })).toBeChecked();
    await page.getByRole('textbox', { name: /^Klient-id/ }).fill(client);
    await choose(page, 'Län vars indikatorer visas', 'Västmanlands län');
    await page.getByRole('checkbox', { name: RUP_WORK }).check({ force: true });
    await choose(page, 'Län vars indikatorer visas', 'Västra Götalands län');
    await page.getByRole('checkbox', { name: vgIndicator }).check({ force: true });
    await expect(page.getByText(/^2 valda indikatorer:/)).toContainText(RUP_WORK);
    await expectNoAxeViolations(page, 'national grant form with indicators of two counties');
    await page.getByRole('button', { name: 'Ge behörighet' }).click();
    await expect(page.getByText(`${client} har fått behörigheten.`)).toBeVisible();

    const row = page
      .getByRole('table', { name: 'Behörigheter utanför länen' })
      .getByRole('row')
      .filter({ hasText: client });
    await expect(row).toContainText('Leverantör av statistik');
    await expect(row).toContainText(RUP_WORK);
    await expect(row).toContainText(vgIndicator);
    await expect(page.getByRole('region', { name: 'Logg över behörigheter' })).toContainText(
      `Granted STATISTICS_PROVIDER to ${client}`,
    );
    await expectNoAxeViolations(page, 'national grants after granting');

    await row.getByRole('button', { name: /^Återkalla/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Återkalla' }).click();
    await expect(page.getByText(/^Behörigheten för .* är återkallad\.$/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Behörigheter utanför länen' })).not.toContainText(client);
  });

  test('the coordinator grants a statistics system named indicators of the county, from a picker', async ({ page }) => {
    await login(page, 'coordinator.vastmanland');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Behörigheter' }).click();
    await arrivedAt(page, 'Behörigheter i Västmanlands län');
    const client = `statistik-lan-${runId}`;
    await choose(page, 'Behörighet', 'Leverantör av statistik');
    await page.getByRole('textbox', { name: /^Klient-id/ }).fill(client);
    await page.getByRole('checkbox', { name: RUP_COMPANIES }).check({ force: true });
    await expectNoAxeViolations(page, 'county grant form with the indicator picker');
    await page.getByRole('button', { name: 'Ge behörighet' }).click();
    await expect(page.getByText(`${client} har fått behörigheten.`)).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Behörigheter i Västmanlands län' }).getByRole('row').filter({ hasText: client }),
    ).toContainText(`Indikatorn ${RUP_COMPANIES}`);
  });

  test('a statistics service account pushes values as JSON and CSV for its granted indicators only', async ({
    page,
  }) => {
    const token = await clientToken(page.request, 'statistics-integration', 'statistics-integration-demo-secret');
    const granted = demoId('indicator', 'vastmanland-rup-foretagsetableringar');
    const other = demoId('indicator', 'vastmanland-rup-svarigheter-att-rekrytera');
    const values = { values: [{ year: 2019, municipalityCode: '1980', value: 12.5 }] };

    const pushed = await callApi(page.request, token, 'PUT', `/api/v1/indicators/${granted}/values`, {
      body: values,
      ifMatch: await etag(page.request, token, `/api/v1/indicators/${granted}`),
    });
    expect(pushed.status(), await pushed.text()).toBe(200);
    const refused = await callApi(page.request, token, 'PUT', `/api/v1/indicators/${other}/values`, {
      body: values,
      ifMatch: await etag(page.request, token, `/api/v1/indicators/${other}`),
    });
    expect(refused.status()).toBe(403);
    // One bad value refuses all of them, naming it (the same rules as the CSV import).
    const bad = await callApi(page.request, token, 'PUT', `/api/v1/indicators/${granted}/values`, {
      body: { values: [...values.values, { year: 1800, municipalityCode: '1980', value: 1 }] },
      ifMatch: await etag(page.request, token, `/api/v1/indicators/${granted}`),
    });
    expect(bad.status()).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('values[1].year');

    const csv = async (indicator: string) =>
      page.request.fetch(`/api/v1/indicators/${indicator}/values`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'text/csv; charset=UTF-8',
          'If-Match': await etag(page.request, token, `/api/v1/indicators/${indicator}`),
        },
        data: 'year,municipality,gender,value\n2019,1980,TOTAL,13.5\n2020,1980,TOTAL,14\n',
      });
    const imported = await csv(granted);
    expect(imported.status(), await imported.text()).toBe(200);
    expect((await csv(other)).status()).toBe(403);

    // What the system delivered is what the indicator's page shows.
    await visit(page, `/follow-up/indicators/${granted}`, `Indikator: ${RUP_COMPANIES}`);
    await expect(page.getByText(RUP_RECRUITING)).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('2020');
  });

  test('a status report takes a contribution from an organisation that is not a member of the forum', async ({
    page,
    browser,
  }) => {
    const title = `Lägesrapport med inspel ${runId}`;
    await login(page, 'coordinator.vastmanland');
    const integrationsradet = demoId('forum', 'vastmanland-integrationsradet');
    await visit(page, `/forums/${integrationsradet}`, 'Integrationsrådet');
    await page.getByRole('link', { name: 'Lägesrapporter för Integrationsrådet' }).click();
    await arrivedAt(page, 'Lägesrapporter – Integrationsrådet');
    await page.getByRole('textbox', { name: /^År/ }).fill(String(reportYear));
    await page.getByRole('textbox', { name: /^Kvartal/ }).fill('4');
    await page.getByRole('textbox', { name: /^Rubrik/ }).fill(title);
    await page.getByRole('button', { name: 'Lägg till tema' }).click();
    await page.getByRole('textbox', { name: /^Tema 1/ }).fill('Arbetsmarknad');
    await page.getByRole('button', { name: 'Öppna lägesrapporten' }).click();
    await arrivedAt(page, title);
    integrationsradetReportPath = new URL(page.url()).pathname;

    // Arbetsförmedlingen itself is no member of Integrationsrådet (its market area is): found by search.
    const other = page.getByRole('combobox', { name: /^Bjud in en annan organisation/ });
    await other.click();
    await other.pressSequentially('Arbetsförmedlingen');
    await page.getByRole('option', { name: 'Arbetsförmedlingen', exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Arbetsförmedlingen', exact: true })).toBeChecked();
    await expectNoAxeViolations(page, 'inviting an organisation outside the forum');
    await page.getByRole('button', { name: 'Bjud in', exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: /^Arbetsförmedlingen/ })).toContainText('Inte inskickat');

    const context = await browser.newContext();
    const member = await context.newPage();
    await login(member, 'member.arbetsformedlingen');
    await visit(member, integrationsradetReportPath, title);
    const contribution = member.getByRole('region', { name: 'Bidrag från Arbetsförmedlingen' });
    await contribution.getByRole('textbox', { name: 'Arbetsmarknad' }).fill('Inspel från Arbetsförmedlingen om länet.');
    await contribution.getByRole('button', { name: 'Skicka in bidraget' }).click();
    await expect(member.getByText('Bidraget är sparat.')).toBeVisible();
    await expectNoAxeViolations(member, 'contribution of an organisation outside the forum');
    await context.close();

    await page.reload();
    await arrivedAt(page, title);
    await expect(page.getByRole('row').filter({ hasText: /^Arbetsförmedlingen/ })).toContainText('Inskickat');
  });

  test("a national reader reads every county's internal follow-up and status reports, read-only", async ({ page }) => {
    expect(integrationsradetReportPath).toMatch(/^\/status-reports\//);
    // Internal (not approved) follow-up rounds in two counties, and a status report in Västra Götaland.
    const vmTitle = `Överenskommelse Västmanland för nationell läsning ${runId}`;
    const vgTitle = `Överenskommelse Västra Götaland för nationell läsning ${runId}`;
    const vmRound = await openRoundOfNewAgreement(
      page.request,
      'coordinator.vastmanland',
      '19',
      vmTitle,
      'lansstyrelsen-vastmanland',
      'vasteras-stad',
    );
    const vgRound = await openRoundOfNewAgreement(
      page.request,
      'coordinator.vastragotaland',
      '14',
      vgTitle,
      'lansstyrelsen-vastra-gotaland',
      'vastra-gotalandsregionen',
    );
    const vg = await accessToken(page.request, 'coordinator.vastragotaland');
    const vgReportTitle = `Lägesrapport Västra Götaland ${runId}`;
    const vgReport = await json<{ id: string }>(
      await callApi(
        page.request,
        vg,
        'POST',
        `/api/v1/forums/${demoId('forum', 'vg-regionala-samradet')}/status-reports`,
        {
          body: { year: reportYear, quarter: 4, title: vgReportTitle, themes: ['Arbetsmarknad'] },
        },
      ),
    );

    await login(page, 'reader.national');
    await visit(page, '/profile', 'Min profil');
    await expect(page.getByRole('table', { name: 'Behörigheter som du har' })).toContainText('Nationell läsare');
    await expectNoAxeViolations(page, 'profile of the national reader with their grant');

    for (const [round, title] of [
      [vmRound, vmTitle],
      [vgRound, vgTitle],
    ] as const) {
      await visit(page, `/follow-up/rounds/${round}`, `Uppföljning 2026: ${title}`);
      await expect(page.getByRole('main')).toContainText('Arbete och praktik');
      await expect(page.getByRole('button', { name: /Godkänn|Sammanställ|Stäng/ })).toHaveCount(0);
    }

    await visit(page, `/status-reports/${vgReport.id}`, vgReportTitle);
    await expect(page.getByRole('button', { name: 'Bjud in', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sammanställ rapporten' })).toHaveCount(0);
    await visit(page, integrationsradetReportPath, `Lägesrapport med inspel ${runId}`);
    await expect(page.getByRole('main')).toContainText('Inspel från Arbetsförmedlingen om länet.');
    await expect(page.getByRole('button', { name: 'Skicka in bidraget' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sammanställ rapporten' })).toHaveCount(0);
  });
});
