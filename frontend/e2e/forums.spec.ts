import { expect, test, type Page } from '@playwright/test';
import { arrivedAt, choose, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** A date `days` from today as `YYYY-MM-DD` (Swedish time is at most two hours ahead; the dates used keep a margin). */
function isoDate(days: number): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return date.toISOString().slice(0, 10);
}

const runId = Date.now().toString(36);
const pointTitle = `Språkstöd i etableringen ${runId}`;
const itemTitle = `Ta fram en plan för språkstöd ${runId}`;
let firstMeetingPath = '';
let nextMeetingPath = '';
let itemPath = '';

async function createMeeting(page: Page, date: string, title: string) {
  await page.getByRole('textbox', { name: /^Datum/ }).fill(date);
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(title);
  await page.getByRole('textbox', { name: /^Plats/ }).fill('Länsstyrelsen Västmanland, Västerås');
  await page.getByRole('button', { name: 'Skapa mötet' }).click();
  await arrivedAt(page, new RegExp(`^${title}`));
  await expect(page.getByText('Mötet är skapat.')).toBeVisible();
}

async function openIntegrationsradet(page: Page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samverkansforum' }).click();
  await arrivedAt(page, 'Samverkansforum');
  await page.getByRole('figure').getByRole('link', { name: 'Integrationsrådet', exact: true }).click();
  await arrivedAt(page, 'Integrationsrådet');
}

test.describe.serial('forums', () => {
  test('the Västmanland coordinator runs a meeting from agenda to decision to action item', async ({ page }) => {
    await login(page, 'coordinator.vastmanland');
    await openIntegrationsradet(page);
    await page.screenshot({ path: '/tmp/fo-forum.png', fullPage: true });

    await createMeeting(page, isoDate(-1), `Rådsmöte ${runId}`);
    firstMeetingPath = new URL(page.url()).pathname;

    // A point of the agenda: nothing filled in is refused at the fields.
    await page.getByRole('button', { name: 'Lägg till punkten' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Formuläret innehåller' })).toBeFocused();
    await page.getByRole('textbox', { name: /^Rubrik/ }).fill(pointTitle);
    await choose(page, 'Typ av punkt', 'Beslut');
    await page.getByRole('textbox', { name: /^Föredragande/ }).fill('Karin Samordnare');
    await page.getByRole('button', { name: 'Lägg till punkten' }).click();
    await expect(page.getByRole('heading', { level: 3, name: `§ 1 ${pointTitle}` })).toBeVisible();

    await page.getByText('Skriv protokoll för punkt 1', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Protokoll för punkt 1' }).fill('Rådet diskuterade behovet av språkstöd.');
    await page.getByRole('button', { name: 'Spara protokollet' }).click();
    await expect(page.getByText('Protokollet för punkten är sparat.')).toBeVisible();

    await page.getByText('Lägg till beslut på punkt 1', { exact: true }).click();
    await page
      .getByRole('textbox', { name: /^Beslut/ })
      .fill('Rådet beslutade att kommunerna tar fram planer för språkstöd.');
    await choose(page, 'Utfall', 'Beslutat');
    await page.getByRole('button', { name: 'Lägg till beslutet' }).click();
    await expect(page.getByText('Beslutet är tillagt.')).toBeVisible();
    // the decision's text stands in the list and, hidden until opened, in its correction form
    await expect(
      page.getByText('Rådet beslutade att kommunerna tar fram planer för språkstöd.').filter({ visible: true }),
    ).toBeVisible();

    await page.getByText('Lägg till uppdrag på punkt 1', { exact: true }).click();
    await page.getByRole('textbox', { name: /^Uppdrag/ }).fill(itemTitle);
    const owner = page.getByRole('combobox', { name: /^Ansvarig organisation/ });
    await owner.click();
    await owner.pressSequentially('Västerås stad');
    await expect(owner).toHaveValue('Västerås stad');
    await page
      .getByRole('option', { name: /^Västerås stad/ })
      .first()
      .click();
    await expect(owner).toHaveValue(/^Västerås stad/);
    await page.getByRole('textbox', { name: /^Ansvarig person/ }).fill('Anna Andersson');
    await page.getByRole('textbox', { name: /^Klart senast/ }).fill(isoDate(60));
    await page.getByRole('button', { name: 'Lägg till uppdraget' }).click();
    await expect(page.getByText(`Uppdraget ”${itemTitle}” är tillagt.`)).toBeVisible();
    const itemLink = page.getByRole('link', { name: itemTitle });
    await expect(itemLink).toBeVisible();
    itemPath = (await itemLink.getAttribute('href')) ?? '';
    await expectNoAxeViolations(page, 'meeting with agenda, decision and action item');

    // Before the minutes are published, the coordinator changes the place and adds an attendee.
    await page.getByRole('link', { name: 'Ändra mötet' }).click();
    await arrivedAt(page, new RegExp(`^Ändra mötet Rådsmöte ${runId}`));
    await page.getByRole('textbox', { name: /^Plats/ }).fill('Stadshuset, Västerås');
    await page.getByRole('button', { name: 'Lägg till deltagare' }).click();
    const attendeeOrganisation = page.getByRole('combobox', { name: /^Organisation/ });
    await attendeeOrganisation.click();
    await attendeeOrganisation.pressSequentially('Västerås stad');
    await expect(attendeeOrganisation).toHaveValue('Västerås stad');
    await page
      .getByRole('option', { name: /^Västerås stad/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: /^Namn/ }).fill('Per Persson');
    await page.getByRole('textbox', { name: /^Titel eller roll/ }).fill('Integrationsstrateg');
    await expectNoAxeViolations(page, 'edit meeting');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await arrivedAt(page, new RegExp(`^Rådsmöte ${runId}`));
    await expect(page.getByText('Mötet är ändrat.')).toBeVisible();
    await expect(page.getByText('Stadshuset, Västerås')).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: /Per Persson, Integrationsstrateg, Västerås stad/ }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Publicera protokollet' }).click();
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await expect(page.getByText(/^Publicerat .* av coordinator.vastmanland$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publicera protokollet' })).toHaveCount(0);
    await page.screenshot({ path: '/tmp/fo-meeting.png', fullPage: true });

    // The next meeting follows the open item up.
    await page.getByRole('link', { name: 'Integrationsrådet' }).first().click();
    await arrivedAt(page, 'Integrationsrådet');
    await createMeeting(page, isoDate(30), `Nästa rådsmöte ${runId}`);
    nextMeetingPath = new URL(page.url()).pathname;
    const followUp = page.getByRole('region', { name: 'Uppföljning av uppdrag' });
    await expect(followUp.getByRole('link', { name: itemTitle })).toBeVisible();
    await expect(followUp.getByRole('row').filter({ hasText: itemTitle })).toContainText('Öppet');
  });

  test('the Västerås member closes the item; the next meeting no longer lists it', async ({ page, browser }) => {
    expect(itemPath).toMatch(/^\/action-items\//);
    await login(page, 'member.vasteras');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppdrag' }).click();
    await arrivedAt(page, 'Uppdrag');
    await page.getByRole('checkbox', { name: /^Min organisations uppdrag/ }).check({ force: true });
    await expect(page).toHaveURL(/[?&]mine=true/);
    const board = page.getByRole('table', { name: 'Uppdrag' });
    await expect(board.getByRole('row').filter({ hasText: itemTitle })).toContainText('Öppet');
    await expectNoAxeViolations(page, 'board, my organisation');
    await page.screenshot({ path: '/tmp/fo-board.png', fullPage: true });
    await board.getByRole('link', { name: itemTitle }).click();
    await arrivedAt(page, itemTitle);
    expect(new URL(page.url()).pathname).toBe(itemPath);
    await expect(page.getByText('Västerås stad', { exact: true })).toBeVisible();
    await choose(page, 'Ny status', 'Klart');
    await page.getByRole('textbox', { name: 'Hur arbetet går' }).fill('Planen är antagen av kommunstyrelsen.');
    await page.getByRole('button', { name: 'Spara status' }).click();
    await expect(page.getByText('Status är sparad: Klart.')).toBeVisible();
    await expectNoAxeViolations(page, 'action item after closing');
    await page.screenshot({ path: '/tmp/fo-action-item.png', fullPage: true });

    const context = await browser.newContext();
    const coordinator = await context.newPage();
    await login(coordinator, 'coordinator.vastmanland');
    await coordinator.goto(nextMeetingPath);
    await arrivedAt(coordinator, new RegExp(`^Nästa rådsmöte ${runId}`));
    const followUp = coordinator.getByRole('region', { name: 'Uppföljning av uppdrag' });
    await expect(followUp).toBeVisible();
    await expect(followUp.getByRole('link', { name: itemTitle })).toHaveCount(0);
    await context.close();
  });

  test('the public reads the structure and the published minutes of Västerbotten’s meeting of 16 March 2018', async ({
    page,
  }) => {
    await visit(page, '/forums', 'Samverkansforum');
    await expect(page.getByRole('figure', { name: /Västmanlands län/ })).toBeVisible();
    await expect(page.getByRole('figure').getByRole('link', { name: 'Beredningsgruppen' })).toBeVisible();
    await page.screenshot({ path: '/tmp/fo-structure.png', fullPage: true });
    await expect(page.getByRole('link', { name: 'Lägg till' })).toHaveCount(0);

    await choose(page, 'Län', 'Västerbottens län');
    await expect(page.getByRole('figure', { name: /Västerbottens län/ })).toBeVisible();
    await expectNoAxeViolations(page, 'structure of Västerbotten');
    await page.getByRole('figure').getByRole('link', { name: 'Migrationsrådet' }).click();
    await arrivedAt(page, 'Migrationsrådet');
    await expect(page.getByRole('heading', { name: 'Nytt möte' })).toHaveCount(0);
    await page.getByRole('link', { name: /16 mars 2018/ }).click();
    await arrivedAt(page, /16 mars 2018/);
    await expect(page.getByText(/^Publicerat /)).toBeVisible();
    await expect(page.getByRole('heading', { level: 4, name: 'Protokoll' }).first()).toBeVisible();
    await page.screenshot({ path: '/tmp/fo-minutes-public.png', fullPage: true });
  });

  test('the public reads the published minutes of the coordinator’s meeting; the next one has none yet', async ({
    page,
  }) => {
    await visit(page, firstMeetingPath, new RegExp(`^Rådsmöte ${runId}`));
    await expect(page.getByText('Rådet diskuterade behovet av språkstöd.')).toBeVisible();
    await expect(page.getByRole('link', { name: itemTitle })).toBeVisible();
    await expect(page.getByRole('button', { name: /Lägg till/ })).toHaveCount(0);

    await visit(page, nextMeetingPath, new RegExp(`^Nästa rådsmöte ${runId}`));
    await expect(page.getByText('Protokollet är inte publicerat ännu').first()).toBeVisible();
    await page.screenshot({ path: '/tmp/fo-minutes-unpublished.png', fullPage: true });
  });

  test('the coordinator adds a temporary working group under Integrationsrådet; the structure nests it', async ({
    page,
  }) => {
    const name = `Arbetsgrupp språkstöd ${runId}`;
    await login(page, 'coordinator.vastmanland');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samverkansforum' }).click();
    await arrivedAt(page, 'Samverkansforum');
    await page.getByRole('link', { name: 'Nytt forum' }).click();
    await arrivedAt(page, 'Nytt forum i Västmanlands län');
    await page.getByRole('button', { name: 'Skapa forumet' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Formuläret innehåller' })).toBeFocused();
    await expectNoAxeViolations(page, 'forum form with server errors');

    await page.getByRole('textbox', { name: /^Namn/ }).fill(name);
    await choose(page, 'Typ', 'Arbetsgrupp');
    await choose(page, 'Bereder för eller rapporterar till', 'Integrationsrådet');
    await choose(page, 'Typ av koppling', 'Rapporterar till');
    await page.getByRole('textbox', { name: /^Slutdatum/ }).fill(isoDate(200));
    await page.getByRole('button', { name: 'Lägg till uppdragspunkt' }).click();
    await page
      .getByRole('textbox', { name: /^Uppdragspunkt 1/ })
      .fill('Kartlägga behovet av språkstöd i länets kommuner');
    await page.getByRole('button', { name: 'Skapa forumet' }).click();
    await arrivedAt(page, name);
    await expect(page.getByText('Forumet är skapat.')).toBeVisible();
    await expect(page.getByText('Kartlägga behovet av språkstöd i länets kommuner')).toBeVisible();

    await page.getByText('Lägg till medlemsorganisation', { exact: true }).click();
    const organisation = page.getByRole('combobox', { name: /^Organisation/ });
    await organisation.click();
    await organisation.pressSequentially('Västerås stad');
    await page
      .getByRole('option', { name: /^Västerås stad/ })
      .first()
      .click();
    await choose(page, 'Roll', 'Sakkunnig (bereder)');
    await page.getByRole('button', { name: 'Lägg till representant' }).click();
    await page
      .getByRole('group', { name: 'Representant 1' })
      .getByRole('textbox', { name: /^Namn/ })
      .fill('Anna Andersson');
    await page.getByRole('button', { name: 'Lägg till representant' }).click();
    const second = page.getByRole('group', { name: 'Representant 2' });
    await second.getByRole('textbox', { name: /^Namn/ }).fill('Bo Berg');
    await second.getByRole('radio', { name: 'Ersättare' }).check({ force: true });
    await page.getByRole('button', { name: 'Lägg till medlemmen' }).click();
    await expect(page.getByText('Västerås stad är tillagd som medlem.')).toBeVisible();
    const memberRow = page.getByRole('row').filter({ hasText: 'Anna Andersson' });
    await expect(memberRow).toContainText('Sakkunnig (bereder)');
    await expect(memberRow).toContainText('Bo Berg');
    await expectNoAxeViolations(page, 'forum with a new member');

    await page.getByRole('link', { name: 'Redigera' }).click();
    await arrivedAt(page, `Redigera ${name}`);
    await page.getByRole('textbox', { name: /^Ordförande/ }).fill('Karin Samordnare');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await arrivedAt(page, name);
    await expect(page.getByText('Ändringarna är sparade.')).toBeVisible();

    await page.getByRole('link', { name: 'Till forumstrukturen' }).click();
    await arrivedAt(page, 'Samverkansforum');
    const groups = page.getByRole('list', { name: 'Arbetsgrupper under Integrationsrådet' });
    await expect(groups.getByRole('link', { name })).toBeVisible();
    await page.screenshot({ path: '/tmp/fo-structure-with-group.png', fullPage: true });
  });

  test('a quarterly status report: opened, Västerås contributes, compiled and published for the next meeting', async ({
    page,
    browser,
  }) => {
    const year = 2030 + (Date.now() % 60);
    const title = `Lägesrapport Västmanland ${runId}`;
    await login(page, 'coordinator.vastmanland');
    await visit(page, nextMeetingPath, new RegExp(`^Nästa rådsmöte ${runId}`));
    await page.getByRole('textbox', { name: /^Rubrik/ }).fill('Lägesbild i länet');
    await choose(page, 'Typ av punkt', 'Lägesrapport');
    await page.getByRole('button', { name: 'Lägg till punkten' }).click();
    await expect(page.getByRole('heading', { level: 3, name: '§ 1 Lägesbild i länet' })).toBeVisible();

    await page.getByRole('link', { name: 'Integrationsrådet' }).first().click();
    await arrivedAt(page, 'Integrationsrådet');
    await page.getByRole('link', { name: 'Lägesrapporter för Integrationsrådet' }).click();
    await arrivedAt(page, 'Lägesrapporter – Integrationsrådet');
    await page.getByRole('textbox', { name: /^År/ }).fill(String(year));
    await page.getByRole('textbox', { name: /^Kvartal/ }).fill('1');
    await page.getByRole('textbox', { name: /^Rubrik/ }).fill(title);
    await page.getByRole('button', { name: 'Lägg till tema' }).click();
    await page.getByRole('textbox', { name: /^Tema 1/ }).fill('Arbetsmarknad och utbildning');
    await page.getByRole('button', { name: 'Lägg till tema' }).click();
    await page.getByRole('textbox', { name: /^Tema 2/ }).fill('Hälsa');
    await page.getByRole('button', { name: 'Öppna lägesrapporten' }).click();
    await arrivedAt(page, title);
    const reportPath = new URL(page.url()).pathname;

    await page.getByRole('checkbox', { name: 'Västerås stad' }).check({ force: true });
    await page.getByRole('button', { name: 'Bjud in', exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: 'Västerås stad' })).toContainText('Inte inskickat');
    await expectNoAxeViolations(page, 'status report with an invitation');

    const context = await browser.newContext();
    const member = await context.newPage();
    await login(member, 'member.vasteras');
    await visit(member, reportPath, title);
    const contribution = member.getByRole('region', { name: 'Bidrag från Västerås stad' });
    await contribution
      .getByRole('textbox', { name: 'Arbetsmarknad och utbildning' })
      .fill('Fler nyanlända i arbetsmarknadsinsatser.');
    await contribution.getByRole('button', { name: 'Skicka in bidraget' }).click();
    await expect(member.getByText('Bidraget är sparat.')).toBeVisible();
    await expect(member.getByRole('region', { name: 'Arbetsmarknad och utbildning' })).toContainText(
      'Fler nyanlända i arbetsmarknadsinsatser.',
    );
    await expectNoAxeViolations(member, 'status report, contribution submitted');
    await context.close();

    await page.reload();
    await arrivedAt(page, title);
    await expect(page.getByRole('row').filter({ hasText: 'Västerås stad' })).toContainText('Inskickat');
    await page.getByRole('button', { name: 'Sammanställ rapporten' }).click();
    await expect(page.getByText('Sammanställd', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: /Möte$/ }).click();
    await page.getByRole('option', { name: new RegExp(`Nästa rådsmöte ${runId}$`) }).click();
    await choose(page, 'Punkt på dagordningen', '§ 1 Lägesbild i länet');
    await page.getByRole('button', { name: 'Publicera rapporten' }).click();
    // the report's status (the facts now also name the time of publication, "Publicerad", as a term)
    await expect(page.getByRole('definition').filter({ hasText: /^Publicerad$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /”Lägesbild i länet” på mötet/ })).toBeVisible();
    await expectNoAxeViolations(page, 'published status report');
    await page.screenshot({ path: '/tmp/fo-status-report.png', fullPage: true });
  });

  test('the coordinator raises an open item to the national forum; the trail links both', async ({ page }) => {
    const title = `Nationellt stöd för språkstöd ${runId}`;
    await login(page, 'coordinator.vastmanland');
    await visit(page, firstMeetingPath, new RegExp(`^Rådsmöte ${runId}`));
    await page.getByText('Lägg till uppdrag på punkt 1', { exact: true }).click();
    await page.getByRole('textbox', { name: /^Uppdrag/ }).fill(title);
    const owner = page.getByRole('combobox', { name: /^Ansvarig organisation/ });
    await owner.click();
    await owner.pressSequentially('Västerås stad');
    await page
      .getByRole('option', { name: /^Västerås stad/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Lägg till uppdraget' }).click();
    await page.getByRole('link', { name: title }).click();
    await arrivedAt(page, title);

    await choose(page, 'Forum', 'Samverkansdelegationen (nationell)');
    await page.getByRole('button', { name: 'Lyft uppdraget' }).click();
    await expect(page.getByText('Uppdraget är lyft till Samverkansdelegationen.')).toBeVisible();
    await arrivedAt(page, title);
    const trail = page.getByRole('heading', { name: 'Spår mellan forum' }).locator('xpath=following-sibling::ol[1]');
    await expect(trail).toContainText('Integrationsrådet (regional)');
    await expect(trail).toContainText('Samverkansdelegationen (nationell): detta uppdrag');
    await page.screenshot({ path: '/tmp/fo-escalated.png', fullPage: true });
  });
});
