import { expect, test, type Page } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, choose, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

const ROK_2016 =
  'Regional överenskommelse om samarbete kring nyanländas etablering och mottagande av ensamkommande barn i Västmanlands län 2016-2020 (2016–2020)';

/** A title no earlier run has used, so the search finds exactly this agreement. */
const runId = Date.now().toString(36);
const title = `Lokal överenskommelse om nyanländas etablering i Västerås ${runId}`;
let agreementPath = '';

/** Chooses an organisation in the party form's search field. */
async function chooseOrganisation(page: Page, name: string) {
  const field = page.getByRole('combobox', { name: /^Organisation/ });
  await field.fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await expect(field).toHaveValue(new RegExp(`^${name}`));
}

async function addParty(page: Page, organisation: string, signatory: { name: string; title: string }) {
  await page.getByRole('link', { name: 'Lägg till part' }).click();
  await arrivedAt(page, 'Lägg till part');
  await chooseOrganisation(page, organisation);
  await page.getByRole('button', { name: 'Lägg till undertecknare' }).click();
  const entry = page.getByRole('group', { name: 'Undertecknare 1' });
  await entry.getByRole('textbox', { name: /^Namn/ }).fill(signatory.name);
  await entry.getByRole('textbox', { name: /^Titel/ }).fill(signatory.title);
  await page.getByRole('textbox', { name: /^Datum för underskrift/ }).fill('2026-03-01');
  await page.getByRole('button', { name: 'Lägg till parten' }).click();
  await arrivedAt(page, title);
  await expect(page.getByText(`${organisation} är tillagd som part.`)).toBeVisible();
}

test.describe.serial('agreements', () => {
  test('the Västmanland coordinator creates, fills and adopts the LÖK for Västerås; the public reads it', async ({
    page,
    browser,
  }) => {
    await login(page, 'coordinator.vastmanland');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Överenskommelser' }).click();
    await arrivedAt(page, 'Överenskommelser');
    await page.getByRole('link', { name: 'Ny överenskommelse' }).click();
    await arrivedAt(page, 'Ny överenskommelse');

    // Nothing filled in: the server's field errors, at the fields and in a focused summary.
    await page.getByRole('button', { name: 'Skapa överenskommelsen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Formuläret innehåller' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Titel');
    await expect(page.getByRole('textbox', { name: /^Titel/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'agreement form with server errors');

    await choose(page, 'Typ', 'Lokal överenskommelse (LÖK)');
    await page.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await expect(page.getByRole('button', { name: /Län$/ })).toHaveText(/Västmanlands län/);
    await choose(page, 'Kommun', 'Västerås');
    await page.getByRole('textbox', { name: /^Första år/ }).fill('2026');
    await page.getByRole('textbox', { name: /^Sista år/ }).fill('2028');
    await choose(page, 'Hör till regional överenskommelse', ROK_2016);
    await page
      .getByRole('textbox', { name: /^Syfte/ })
      .fill('Att tillsammans påskynda nyanländas etablering i Västerås.');
    await page.getByRole('checkbox', { name: 'Nyanlända' }).check({ force: true }); // react-aria keeps the input visually hidden under its label
    await page.getByRole('checkbox', { name: 'Jämställdhet' }).check({ force: true }); // react-aria keeps the input visually hidden under its label
    await page.getByRole('button', { name: 'Lägg till författning' }).click();
    await page.getByRole('textbox', { name: /^SFS-nummer/ }).fill('2017:584');
    await page
      .getByRole('textbox', { name: /^Författningens namn/ })
      .fill('Lag (2017:584) om ansvar för etableringsinsatser för vissa nyanlända invandrare');
    await page.getByRole('button', { name: 'Skapa överenskommelsen' }).click();

    await arrivedAt(page, title);
    await expect(page.getByText('Överenskommelsen är skapad som utkast.')).toBeVisible();
    await expect(page.getByRole('main').locator('.ds-badge').first()).toHaveText('Utkast');
    await expect(page.getByRole('link', { name: ROK_2016 })).toBeVisible();

    // Adopting too early breaks a rule, explained in Swedish.
    await page.getByRole('button', { name: 'Anta överenskommelsen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Anta överenskommelsen?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'adoption dialog');
    await dialog.getByRole('button', { name: 'Anta överenskommelsen' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Ändringen går inte att göra' });
    await expect(refusal).toContainText('minst två parter');
    await expect(refusal).toBeFocused();

    await addParty(page, 'Västerås stad', { name: 'Anders Teljebäck', title: 'Kommunstyrelsens ordförande' });
    await addParty(page, 'Arbetsförmedlingen Norra Mälardalen', {
      name: 'Victoria Axberg',
      title: 'Marknadschef Norra Mälardalen',
    });
    await expect(
      page
        .getByRole('table', { name: /parter med undertecknare/ })
        .getByText('Anders Teljebäck, Kommunstyrelsens ordförande'),
    ).toBeVisible();

    // A goal area with strategies in order.
    await page.getByRole('link', { name: 'Lägg till målområde' }).click();
    await arrivedAt(page, 'Nytt målområde');
    await page.getByRole('textbox', { name: /^Nummer/ }).fill('1');
    await page.getByRole('textbox', { name: /^Rubrik/ }).fill('Arbete och praktik');
    await page
      .getByRole('textbox', { name: /^Mål/ })
      .fill('Andelen nyanlända oavsett kön som får arbete efter avslutad etablering ska öka.');
    await page.getByRole('button', { name: 'Lägg till strategi' }).click();
    await expect(page.getByRole('textbox', { name: 'Strategi 1' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Strategi 1' }).fill('Förstärkta kontakter med arbetsgivare');
    await page.getByRole('button', { name: 'Lägg till strategi' }).click();
    await page.getByRole('textbox', { name: 'Strategi 2' }).fill('Samverkan med civilsamhället och näringslivet');
    await page.getByRole('button', { name: 'Flytta upp Strategi 2' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Strategi 2 flyttad till plats 1 av 2.' })).toBeAttached();
    await expect(page.getByRole('textbox', { name: 'Strategi 1' })).toHaveValue(
      'Samverkan med civilsamhället och näringslivet',
    );
    await expectNoAxeViolations(page, 'goal area form');
    await page.getByRole('button', { name: 'Lägg till målområdet' }).click();

    // Then who answers for it, on the goal area's page.
    await arrivedAt(page, 'Redigera målområde 1 Arbete och praktik');
    await expect(page.getByText('Målområdet är tillagt.')).toBeVisible();
    await choose(page, 'Part', 'Arbetsförmedlingen Norra Mälardalen');
    await page.getByRole('radio', { name: 'Ansvarig part' }).check({ force: true }); // react-aria keeps the input visually hidden under its label
    await choose(page, 'Nivå', 'Lokal nivå');
    await page.getByRole('button', { name: 'Lägg till ansvaret' }).click();
    await expect(page.getByText('Ansvaret är tillagt.')).toBeVisible();
    await choose(page, 'Part', 'Övriga undertecknande parter');
    await page.getByRole('radio', { name: 'Övrig part' }).check({ force: true }); // react-aria keeps the input visually hidden under its label
    await choose(page, 'Nivå', 'Lokal nivå');
    await page.getByRole('button', { name: 'Lägg till ansvaret' }).click();
    const responsibilities = page.getByRole('table', { name: /Ansvar i målområde 1/ });
    await expect(responsibilities.getByRole('row', { name: /Övriga undertecknande parter/ })).toBeVisible();
    await expectNoAxeViolations(page, 'goal area page with responsibilities');

    await page
      .getByRole('link', { name: `Tillbaka till ${title}` })
      .first()
      .click();
    await arrivedAt(page, title);
    const goalArea = page.getByRole('region', { name: '1 Arbete och praktik' });
    await expect(goalArea.getByText('Ansvarig part: Arbetsförmedlingen Norra Mälardalen (lokal nivå)')).toBeVisible();
    await expect(goalArea.getByText('Övriga parter: övriga undertecknande parter (lokal nivå)')).toBeVisible();
    await goalArea.getByText('Vilka är övriga undertecknande parter? (1)').click();
    await expect(goalArea.getByRole('listitem').filter({ hasText: 'Västerås stad' })).toBeVisible();
    await expect(goalArea.getByRole('listitem')).toHaveText([
      'Samverkan med civilsamhället och näringslivet',
      'Förstärkta kontakter med arbetsgivare',
      'Västerås stad',
    ]);

    // Adopt.
    await page.getByRole('button', { name: 'Anta överenskommelsen' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('textbox', { name: /^Datum då överenskommelsen antogs/ })
      .fill('2026-03-15');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Anta överenskommelsen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Överenskommelsen har nu status: Antagen.' }),
    ).toBeVisible();
    await expect(page.getByRole('main').locator('.ds-badge').first()).toHaveText('Antagen');
    await expect(page.getByText('15 mars 2026')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Redigera uppgifterna' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Ange särskilt fokus/ })).toBeVisible();
    await expectNoAxeViolations(page, 'adopted agreement, coordinator');
    agreementPath = new URL(page.url()).pathname;

    // The yearly focus of an agreement in force.
    await page.getByRole('link', { name: /^Ange särskilt fokus/ }).click();
    await arrivedAt(page, 'Särskilt fokus för målområde 1 Arbete och praktik');
    await choose(page, 'År', '2026');
    await page.getByRole('textbox', { name: 'Punkt 1' }).fill('Fler praktikplatser hos parterna');
    await page.getByRole('textbox', { name: /^Beslutat av/ }).fill('Integrationsrådet');
    await expectNoAxeViolations(page, 'focus form');
    await page.getByRole('button', { name: 'Spara särskilt fokus för 2026' }).click();
    await arrivedAt(page, title);
    await expect(goalArea.getByRole('heading', { name: 'Särskilt fokus 2026' })).toBeVisible();
    await expect(goalArea.getByText('Fler praktikplatser hos parterna')).toBeVisible();

    // An anonymous visitor finds it, reads it, its matrix and its print view.
    const anonymous = await browser.newContext();
    const visitor = await anonymous.newPage();
    await visit(visitor, '/agreements', 'Överenskommelser');
    await expect(visitor.getByRole('link', { name: 'Ny överenskommelse' })).toHaveCount(0);
    await visitor.getByRole('searchbox', { name: 'Sök i överenskommelserna' }).fill(runId);
    const results = visitor.getByRole('table', { name: 'Överenskommelser' });
    await expect(results.getByRole('row')).toHaveCount(2);
    await results.getByRole('link', { name: title }).click();
    await arrivedAt(visitor, title);
    await expect(visitor.getByRole('button', { name: 'Logga in' })).toBeVisible();
    await expect(visitor.getByRole('heading', { name: 'Hantera överenskommelsen' })).toHaveCount(0);
    await expect(visitor.getByText('Ansvarig part: Arbetsförmedlingen Norra Mälardalen (lokal nivå)')).toBeVisible();

    await visitor.getByRole('link', { name: 'Ansvarsmatris' }).click();
    await arrivedAt(visitor, 'Ansvarsmatris');
    const matrix = visitor.getByRole('table', { name: 'Ansvar per målområde och part' });
    await expect(matrix.getByRole('columnheader', { name: 'Arbetsförmedlingen Norra Mälardalen' })).toBeVisible();
    await expect(matrix.getByRole('rowheader', { name: '1 Arbete och praktik' })).toBeVisible();
    await expect(matrix.getByRole('cell', { name: 'Ansvarig, lokal nivå', exact: true })).toBeVisible();
    await expect(matrix.getByRole('cell', { name: 'Övrig, lokal nivå (som övrig undertecknande part)' })).toBeVisible();
    await expect(visitor.getByRole('region', { name: 'Ansvarsmatris, kan rullas i sidled' })).toHaveAttribute(
      'tabindex',
      '0',
    );

    await visitor.getByRole('link', { name: `Tillbaka till ${title}` }).click();
    await arrivedAt(visitor, title);
    await visitor.getByRole('link', { name: 'Utskriftsvy' }).click();
    await arrivedAt(visitor, title);
    await expect(visitor.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
    await expect(visitor.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
    await visitor.emulateMedia({ media: 'print' });
    await expect(visitor.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    await expect(visitor.getByText('Fler praktikplatser hos parterna')).toBeVisible();
    await anonymous.close();
  });

  test('the Västra Götaland coordinator cannot change the Västerås LÖK', async ({ page, request }) => {
    expect(agreementPath, 'the first test created the agreement').not.toBe('');
    await login(page, 'coordinator.vastragotaland');
    await page.goto(agreementPath);
    await arrivedAt(page, title);
    await expect(page.getByRole('heading', { name: 'Hantera överenskommelsen' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Ange särskilt fokus/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Ta bort/ })).toHaveCount(0);

    await page.goto(`${agreementPath}/edit`);
    await expect(page.getByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeVisible();
    await expectNoAxeViolations(page, 'edit page, not permitted');
    await page.goto(`${agreementPath}/parties/new`);
    await expect(page.getByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeVisible();

    // Forcing it past the interface: the API refuses.
    const id = agreementPath.split('/').pop() ?? '';
    const token = await accessToken(request, 'coordinator.vastragotaland');
    const current = await callApi(request, token, 'GET', `/api/v1/agreements/${id}`);
    expect(current.status()).toBe(200);
    const body = (await current.json()) as { permissions: unknown; goalAreas: { id: string }[] };
    expect(body.permissions).toEqual({
      edit: false,
      editPriorities: false,
      delete: false,
      statusChanges: [],
      runFollowUp: false,
      revise: false,
      createLocal: false,
      giveConsultationInput: false,
    });
    const put = await callApi(request, token, 'PUT', `/api/v1/agreements/${id}`, {
      ifMatch: current.headers()['etag'],
      body: {
        kind: 'LOCAL',
        title: 'Kapad',
        countyCode: '19',
        municipalityCode: '1980',
        firstYear: 2026,
        lastYear: 2028,
      },
    });
    expect(put.status()).toBe(403);
    const focus = await callApi(
      request,
      token,
      'PUT',
      `/api/v1/agreements/${id}/goal-areas/${body.goalAreas[0].id}/priorities/2027`,
      {
        body: { points: ['Kapad'] },
      },
    );
    expect(focus.status()).toBe(403);
  });

  test('two coordinators edit the same goal area: the second gets the conflict screen and re-applies', async ({
    browser,
    request,
  }) => {
    // A draft with a goal area, made through the API for the test.
    const token = await accessToken(request, 'coordinator.vastmanland');
    const created = await callApi(request, token, 'POST', '/api/v1/agreements', {
      body: {
        kind: 'COOPERATION_PLAN',
        title: `Samverkansdokument Västmanland ${runId}`,
        countyCode: '19',
        firstYear: 2026,
        lastYear: 2026,
      },
    });
    expect(created.status()).toBe(201);
    const draft = (await created.json()) as { id: string };
    const added = await callApi(request, token, 'POST', `/api/v1/agreements/${draft.id}/goal-areas`, {
      body: {
        number: '2',
        title: 'Hälsa',
        goal: 'Att bidra till en god och jämlik hälsa för alla.',
        strategies: ['Hälsolitteracitet'],
      },
    });
    expect(added.status()).toBe(201);
    const goalArea = (await added.json()) as { id: string };
    const editPath = `/agreements/${draft.id}/goal-areas/${goalArea.id}/edit`;

    const first = await browser.newContext();
    const second = await browser.newContext();
    const one = await first.newPage();
    const two = await second.newPage();
    await login(one, 'coordinator.vastmanland');
    await login(two, 'coordinator.vastmanland');
    await one.goto(editPath);
    await arrivedAt(one, 'Redigera målområde 2 Hälsa');
    await two.goto(editPath);
    await arrivedAt(two, 'Redigera målområde 2 Hälsa');

    await one.getByRole('textbox', { name: /^Rubrik/ }).fill('Hälsa och välmående');
    await one.getByRole('button', { name: 'Spara målområdet' }).click();
    await arrivedAt(one, `Samverkansdokument Västmanland ${runId}`);

    await two
      .getByRole('textbox', { name: /^Mål/ })
      .fill('Att bidra till en god och jämlik hälsa för alla, oavsett kön.');
    await two.getByRole('button', { name: 'Spara målområdet' }).click();
    const warning = two.getByRole('alert').filter({ hasText: 'Någon annan har sparat en nyare version' });
    await expect(warning).toBeVisible();
    await expect(warning).toBeFocused();
    const differences = two.getByRole('table', {
      name: 'Ändringar som någon annan har sparat sedan du började redigera',
    });
    const row = differences.getByRole('row', { name: /Rubrik/ });
    await expect(row.getByRole('cell')).toHaveText(['Hälsa och välmående', 'Hälsa', 'Hälsa och välmående']);
    await expect(two.getByText('Du har ändrat: Mål.')).toBeVisible();
    await expectNoAxeViolations(two, 'conflict screen');

    await two.getByRole('button', { name: 'Använd mina ändringar på den senaste versionen' }).click();
    await arrivedAt(two, `Samverkansdokument Västmanland ${runId}`);
    const area = two.getByRole('region', { name: '2 Hälsa och välmående' });
    await expect(area.getByText('Att bidra till en god och jämlik hälsa för alla, oavsett kön.')).toBeVisible();

    await first.close();
    await second.close();
    const stored = await callApi(request, token, 'GET', `/api/v1/agreements/${draft.id}`);
    const deleted = await callApi(request, token, 'DELETE', `/api/v1/agreements/${draft.id}`, {
      ifMatch: stored.headers()['etag'],
    });
    expect(deleted.status()).toBe(204);
  });

  test('an adopted RÖK offers a new version, whose consultation input from Västerås its coordinator reads, and a new LÖK within its period', async ({
    page,
    browser,
    request,
  }) => {
    // Heavy setup through the API: an adopted RÖK of Västmanland with Länsstyrelsen and Västerås stad as parties.
    const token = await accessToken(request, 'coordinator.vastmanland');
    const rokTitle = `Regional överenskommelse Västmanland 2030–2032 ${runId}`;
    const created = await callApi(request, token, 'POST', '/api/v1/agreements', {
      body: { kind: 'REGIONAL', title: rokTitle, countyCode: '19', firstYear: 2030, lastYear: 2032 },
    });
    expect(created.status()).toBe(201);
    const rok = ((await created.json()) as { id: string }).id;
    for (const [name, role] of [
      ['Länsstyrelsen Västmanlands län', 'CONVENER'],
      ['Västerås stad', 'SIGNATORY'],
    ]) {
      const found = (await (
        await callApi(request, token, 'GET', `/api/v1/organisations?q=${encodeURIComponent(name)}&size=20`)
      ).json()) as { items: { id: string; name: string }[] };
      const organisation = found.items.find((item) => item.name === name);
      expect(organisation, name).toBeDefined();
      const party = await callApi(request, token, 'POST', `/api/v1/agreements/${rok}/parties`, {
        body: { organisationId: organisation?.id, role },
      });
      expect(party.status()).toBe(201);
    }
    const goalArea = await callApi(request, token, 'POST', `/api/v1/agreements/${rok}/goal-areas`, {
      body: { number: '1', title: 'Bosättning', goal: 'Nyanlända kvinnor och män har en bostad.' },
    });
    expect(goalArea.status()).toBe(201);
    const current = await callApi(request, token, 'GET', `/api/v1/agreements/${rok}`);
    const adopted = await callApi(request, token, 'POST', `/api/v1/agreements/${rok}/status`, {
      ifMatch: current.headers()['etag'],
      body: { status: 'ADOPTED' },
    });
    expect(adopted.status()).toBe(200);

    // The coordinator starts a new version of it and sends that for consultation.
    await login(page, 'coordinator.vastmanland');
    await page.goto(`/agreements/${rok}`);
    await arrivedAt(page, rokTitle);
    await page.getByRole('button', { name: 'Ny version' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('När utkastet antas ersätter det den här överenskommelsen.');
    await expectNoAxeViolations(page, 'dialog: new version');
    await dialog.getByRole('button', { name: 'Ny version' }).click();
    await expect(page.getByText(`En ny version av ”${rokTitle}” är skapad som utkast.`)).toBeVisible();
    await arrivedAt(page, rokTitle);
    const versionPath = new URL(page.url()).pathname;
    expect(versionPath).not.toBe(`/agreements/${rok}`);
    await expect(page.getByRole('heading', { level: 3, name: '1 Bosättning' })).toBeVisible();
    await page.getByRole('button', { name: 'Skicka på förankring' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Skicka på förankring' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Överenskommelsen har nu status: Under förankring.' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Synpunkter under förankringen' })).toBeVisible();
    await expect(page.getByText('Inga synpunkter är lämnade än.')).toBeVisible();

    // Västerås stad, a party, leaves its input on the goal area.
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await login(member, 'member.vasteras');
    await member.goto(versionPath);
    await arrivedAt(member, rokTitle);
    await choose(member, 'Avsnitt', '1 Bosättning');
    await member
      .getByRole('textbox', { name: /^Synpunkt/ })
      .fill('Västerås behöver fler bostäder för nyanlända innan mottagandet ökar.');
    await member.getByRole('button', { name: 'Lämna synpunkten' }).click();
    await expect(member.getByText('Synpunkten är lämnad.')).toBeVisible();
    await expect(
      member
        .getByRole('region', { name: 'Synpunkter under förankringen' })
        .getByRole('region', { name: '1 Bosättning' }),
    ).toContainText('Västerås stad');
    await expectNoAxeViolations(member, 'agreement in consultation, with the party’s input');
    await memberContext.close();

    // The coordinator sees it under its section, with the organisation.
    await page.reload();
    await arrivedAt(page, rokTitle);
    const section = page
      .getByRole('region', { name: 'Synpunkter under förankringen' })
      .getByRole('region', { name: '1 Bosättning' });
    await expect(section).toContainText('Västerås behöver fler bostäder för nyanlända innan mottagandet ökar.');
    await expect(section).toContainText('Västerås stad');
    await expectNoAxeViolations(page, 'agreement in consultation, the coordinator reading the input');

    // From the adopted RÖK, a new LÖK starts under it; a period outside the RÖK's is pointed out before saving.
    await page.goto(`/agreements/${rok}`);
    await arrivedAt(page, rokTitle);
    await page.getByRole('link', { name: 'Ny LÖK under denna RÖK' }).click();
    await arrivedAt(page, 'Ny lokal överenskommelse (LÖK)');
    await expect(page.getByRole('button', { name: /Län$/ })).toHaveText(/Västmanlands län/);
    await expect(page.getByRole('button', { name: /Hör till regional överenskommelse$/ })).toHaveText(
      new RegExp(rokTitle),
    );
    await expect(page.getByRole('textbox', { name: /^Första år/ })).toHaveValue('2030');
    await expect(page.getByText('Perioden ligger utanför RÖK:ens')).toHaveCount(0);
    await page.getByRole('textbox', { name: /^Sista år/ }).fill('2035');
    await expect(page.getByRole('alert').filter({ hasText: 'Perioden ligger utanför RÖK:ens' })).toContainText(
      '2030–2032',
    );
    await expectNoAxeViolations(page, 'new LÖK form, period outside the RÖK');
  });

  test('history and the comparison of Västra Götaland 2021 and 2024 read well', async ({ page }) => {
    await visit(page, '/agreements?county=14&kind=COOPERATION_PLAN', 'Överenskommelser');
    const row = page.getByRole('table', { name: 'Överenskommelser' }).getByRole('row').filter({ hasText: '2024' });
    await row.getByRole('link').click();
    await arrivedAt(page, 'Samverkan inom migration och integration i Västra Götaland');
    await expect(page.getByRole('heading', { name: 'Särskilt fokus 2024' }).first()).toBeVisible();
    // What the document does not say is marked: the status follows the product's rules; the state's presence is an
    // area followed with a focus, not a numbered goal area.
    const status = page.getByRole('definition').filter({ has: page.getByText('Har upphört', { exact: true }) });
    await status.getByText('härledd').click();
    await expect(status).toContainText('följer produktens regel');
    const monitored = page.getByRole('region', { name: 'Den statliga närvaron och tillgängligheten i länet' });
    await expect(monitored).toContainText('Område som följs');
    await expect(
      monitored.getByRole('listitem').filter({ hasText: 'Långa ledtider för att kunna folkbokföra sig' }),
    ).toBeVisible();
    await expect(page.getByText(/^Källa: vastra-gotaland-2024\.txt/)).toBeVisible();
    await expectNoAxeViolations(page, 'VG 2024 with provenance marks');

    await page.getByRole('link', { name: /Jämför med .*\(2021\)/ }).click();
    await arrivedAt(page, 'Jämförelse mellan versioner');
    await expect(page.getByRole('heading', { name: 'Nya parter' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Statens servicecenter' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /3 Boende/ })).toContainText('Ändrat');
    await expect(page.getByRole('heading', { name: 'Nytt särskilt fokus 2024' }).first()).toBeVisible();

    await page.getByRole('link', { name: /^Tillbaka till/ }).click();
    await page.getByRole('link', { name: 'Ändringshistorik' }).click();
    await arrivedAt(page, 'Ändringshistorik');
    await expect(page.getByRole('heading', { level: 2, name: 'Överenskommelsen skapades' })).toBeVisible();

    // The history of the LÖK made above: who did what, before and after.
    await page.goto(`${agreementPath}/history`);
    await arrivedAt(page, 'Ändringshistorik');
    const entries = page
      .getByRole('list', { name: 'Ändringar, den senaste först' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading') });
    await expect(entries.first()).toContainText('Särskilt fokus för ett år angavs');
    await expect(entries.first()).toContainText('av coordinator.vastmanland');
    await expect(page.getByRole('heading', { name: 'Överenskommelsens status ändrades' })).toBeVisible();
    const adoption = entries.filter({ hasText: 'Överenskommelsens status ändrades' });
    await expect(adoption.getByRole('row', { name: /Status/ }).getByRole('cell')).toHaveText(['Utkast', 'Antagen']);
    await expect(page.locator('time').first()).toHaveAttribute('title', /UTC$/);
  });
});
