import { expect, test, type Page } from '@playwright/test';
import { arrivedAt, choose, login, visit } from './support/app';
import { expectNoAxeViolations } from './support/axe';

const ROK_2016 =
  'Regional överenskommelse om samarbete kring nyanländas etablering och mottagande av ensamkommande barn i Västmanlands län 2016-2020 (2016–2020)';
const ROK_GOAL_AREA = '3.3 Arbete och praktik';

/** A title no earlier run has used. */
const runId = Date.now().toString(36);
const title = `Lokal överenskommelse Västerås och Arbetsförmedlingen ${runId}`;

async function addParty(page: Page, organisation: string) {
  await page.getByRole('link', { name: 'Lägg till part' }).click();
  await arrivedAt(page, 'Lägg till part');
  const field = page.getByRole('combobox', { name: /^Organisation/ });
  await field.fill(organisation);
  await page
    .getByRole('option', { name: new RegExp(`^${organisation}`) })
    .first()
    .click();
  await expect(field).toHaveValue(new RegExp(`^${organisation}`));
  await page.getByRole('button', { name: 'Lägg till parten' }).click();
  await arrivedAt(page, title);
  await expect(page.getByText(`${organisation} är tillagd som part.`)).toBeVisible();
}

async function changeStatus(page: Page, action: string, status: string) {
  await page.getByRole('button', { name: action }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, `dialog: ${action}`);
  await dialog.getByRole('button', { name: action }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Överenskommelsen har nu status: ${status}.` }),
  ).toBeVisible();
}

test.describe.serial('LÖK author', () => {
  test.describe.configure({ timeout: 240_000 });

  test("Arbetsförmedlingen's LÖK author creates and adopts a LÖK for Västerås and opens its follow-up; the RÖK's follow-up shows it", async ({
    page,
  }) => {
    await login(page, 'lokauthor.arbetsformedlingen');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Överenskommelser' }).click();
    await arrivedAt(page, 'Överenskommelser');
    await page.getByRole('link', { name: 'Ny överenskommelse' }).click();
    await arrivedAt(page, 'Ny överenskommelse');

    // The grant allows LÖKs in Västmanland's municipalities only: the form starts there.
    await expect(page.getByRole('button', { name: /Typ$/ })).toHaveText(/Lokal överenskommelse \(LÖK\)/);
    await expect(page.getByRole('button', { name: /Län$/ })).toHaveText(/Västmanlands län/);
    await page.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await choose(page, 'Kommun', 'Västerås');
    await page.getByRole('textbox', { name: /^Första år/ }).fill('2026');
    await page.getByRole('textbox', { name: /^Sista år/ }).fill('2028');
    await choose(page, 'Hör till regional överenskommelse', ROK_2016);
    await page
      .getByRole('textbox', { name: /^Syfte/ })
      .fill('Att Västerås stad och Arbetsförmedlingen tillsammans påskyndar nyanländas etablering.');
    await expectNoAxeViolations(page, 'new LÖK form, filled');
    await page.getByRole('button', { name: 'Skapa överenskommelsen' }).click();
    await arrivedAt(page, title);
    await expect(page.getByText('Överenskommelsen är skapad som utkast.')).toBeVisible();
    const lokPath = new URL(page.url()).pathname;

    await addParty(page, 'Västerås stad');
    await addParty(page, 'Arbetsförmedlingen Norra Mälardalen');

    // The LÖK's goal area answers to the RÖK's "Arbete och praktik".
    await page.getByRole('link', { name: 'Lägg till målområde' }).click();
    await arrivedAt(page, 'Nytt målområde');
    await page.getByRole('textbox', { name: /^Nummer/ }).fill('1');
    await page.getByRole('textbox', { name: /^Rubrik/ }).fill('Arbete i Västerås');
    await page
      .getByRole('textbox', { name: /^Mål/ })
      .fill('Fler nyanlända kvinnor och män i Västerås har arbete efter etableringen.');
    await choose(page, 'Svarar mot målområde i RÖK', ROK_GOAL_AREA);
    await expectNoAxeViolations(page, 'LÖK goal area form');
    await page.getByRole('button', { name: 'Lägg till målområdet' }).click();
    await arrivedAt(page, 'Redigera målområde 1 Arbete i Västerås');
    await expect(page.getByRole('button', { name: /Svarar mot målområde i RÖK$/ })).toHaveText(
      new RegExp(ROK_GOAL_AREA),
    );
    await choose(page, 'Part', 'Västerås stad');
    await page.getByRole('radio', { name: 'Ansvarig part' }).check({ force: true }); // react-aria keeps the input visually hidden under its label
    await choose(page, 'Nivå', 'Lokal nivå');
    await page.getByRole('button', { name: 'Lägg till ansvaret' }).click();
    await expect(page.getByText('Ansvaret är tillagt.')).toBeVisible();
    await page
      .getByRole('link', { name: `Tillbaka till ${title}` })
      .first()
      .click();
    await arrivedAt(page, title);
    const goalArea = page.getByRole('region', { name: '1 Arbete i Västerås' });
    await expect(goalArea.getByRole('link', { name: ROK_GOAL_AREA })).toBeVisible();

    // Through consultation to adopted, with the municipality as party.
    await changeStatus(page, 'Skicka på förankring', 'Under förankring');
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
    await expectNoAxeViolations(page, 'adopted LÖK, its author');

    // Its follow-up round.
    await page.getByRole('link', { name: 'Uppföljning av överenskommelsen' }).click();
    await arrivedAt(page, `Uppföljning: ${title}`);
    await page.getByRole('textbox', { name: /^År/ }).fill('2026');
    await page.getByRole('textbox', { name: /^Sista dag/ }).fill('2027-03-31');
    await page.getByRole('button', { name: 'Öppna omgången' }).click();
    await arrivedAt(page, `Uppföljning 2026: ${title}`);
    await expect(page.getByRole('row', { name: /Västerås stad/ }).first()).toBeVisible();

    // The RÖK's follow-up shows the LÖK under the goal area it answers to, with its open round.
    await visit(page, lokPath, title);
    await page.getByRole('link', { name: ROK_2016 }).click();
    await arrivedAt(page, /^Regional överenskommelse om samarbete kring nyanländas etablering/);
    await page.getByRole('link', { name: 'Uppföljning av överenskommelsen' }).click();
    await arrivedAt(page, /^Uppföljning: Regional överenskommelse om samarbete/);
    const local = page.getByRole('region', { name: ROK_GOAL_AREA, exact: true });
    const row = local.getByRole('row', { name: new RegExp(runId) });
    await expect(row).toContainText('Arbete i Västerås');
    await expect(row).toContainText('Uppföljning 2026');
    await expect(row).toContainText('Västerås stad');
    await expectNoAxeViolations(page, "RÖK's follow-up with the LÖK's round");
  });
});
