import { expect, test, type Page } from '@playwright/test';
import { arrivedAt, choose, login } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** A date `days` from today as `YYYY-MM-DD` (the dates used keep a margin to Swedish time). */
function isoDate(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const runId = Date.now().toString(36);
const meetingTitle = `Rättelsemöte ${runId}`;
const itemTitle = `Kartlägga tolkbehovet ${runId}`;

async function openIntegrationsradet(page: Page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samverkansforum' }).click();
  await arrivedAt(page, 'Samverkansforum');
  await page.getByRole('figure').getByRole('link', { name: 'Integrationsrådet', exact: true }).click();
  await arrivedAt(page, 'Integrationsrådet');
}

test('the coordinator corrects a meeting record: points, decisions, action items, attendees, the meeting', async ({
  page,
}) => {
  await login(page, 'coordinator.vastmanland');
  await openIntegrationsradet(page);

  await page.getByRole('textbox', { name: /^Datum/ }).fill(isoDate(-1));
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(meetingTitle);
  await page.getByRole('button', { name: 'Skapa mötet' }).click();
  await arrivedAt(page, new RegExp(`^${meetingTitle}`));
  const meetingPath = new URL(page.url()).pathname;

  // Publishing is offered, with the warning that no attendee is recorded yet.
  await expect(page.getByText(/^Inga deltagare är registrerade\. Lägg till dem/)).toBeVisible();
  await page.getByRole('button', { name: 'Publicera protokollet' }).click();
  const publishDialog = page.getByRole('alertdialog');
  await expect(publishDialog).toContainText('deltagarna kan inte läggas till efteråt');
  await expectNoAxeViolations(page, 'publish dialog without attendees');
  await publishDialog.getByRole('button', { name: 'Avbryt' }).click();

  // A point with a typo, a decision and an action item.
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill('Tolkstöd i etablringen');
  await choose(page, 'Typ av punkt', 'Beslut');
  await page.getByRole('button', { name: 'Lägg till punkten' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '§ 1 Tolkstöd i etablringen' })).toBeVisible();

  await page.getByText('Lägg till beslut på punkt 1', { exact: true }).click();
  await page.getByRole('textbox', { name: /^Beslut/ }).fill('Rådet beslutade fel sak.');
  await choose(page, 'Utfall', 'Beslutat');
  await page.getByRole('button', { name: 'Lägg till beslutet' }).click();
  await expect(page.getByText('Beslutet är tillagt.')).toBeVisible();

  await page.getByText('Lägg till uppdrag på punkt 1', { exact: true }).click();
  await page.getByRole('textbox', { name: /^Uppdrag/ }).fill(`${itemTitle} (fel)`);
  const owner = page.getByRole('combobox', { name: /^Ansvarig organisation/ });
  await owner.click();
  await owner.pressSequentially('Västerås stad');
  await page
    .getByRole('option', { name: /^Västerås stad/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Lägg till uppdraget' }).click();
  await expect(page.getByText(`Uppdraget ”${itemTitle} (fel)” är tillagt.`)).toBeVisible();

  // The point's title is corrected …
  await page.getByText('Ändra punkt 1', { exact: true }).click();
  const pointForm = page.locator('details').filter({ has: page.getByText('Ändra punkt 1', { exact: true }) });
  await pointForm.getByRole('textbox', { name: /^Rubrik/ }).fill('Tolkstöd i etableringen');
  await expectNoAxeViolations(page, 'meeting with the correction forms open');
  await pointForm.getByRole('button', { name: 'Spara punkten' }).click();
  await expect(page.getByText('Punkt 1 är ändrad.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '§ 1 Tolkstöd i etableringen' })).toBeVisible();

  // … the decision is removed …
  await page.getByRole('button', { name: /^Ta bort beslutet/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByText('Beslutet är borttaget.')).toBeVisible();
  await expect(page.getByText('Rådet beslutade fel sak.')).toHaveCount(0);

  // … and the action item corrected, then deleted as handed out by mistake.
  await page.getByRole('link', { name: `${itemTitle} (fel)` }).click();
  await arrivedAt(page, `${itemTitle} (fel)`);
  await page.getByText('Ändra titel, ansvarig och datum', { exact: true }).click();
  await page.getByRole('textbox', { name: /^Uppdrag/ }).fill(itemTitle);
  await page.getByRole('textbox', { name: /^Ansvarig person/ }).fill('Anna Andersson');
  await page.getByRole('textbox', { name: /^Klart senast/ }).fill(isoDate(45));
  await page.getByRole('button', { name: 'Spara uppdraget' }).click();
  await expect(page.getByText('Uppdraget är ändrat.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: itemTitle })).toBeVisible();
  await expectNoAxeViolations(page, 'action item corrected');
  await page.getByRole('button', { name: 'Ta bort uppdraget' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
  await arrivedAt(page, new RegExp(`^${meetingTitle}`));
  await expect(page.getByText(`Uppdraget ”${itemTitle}” är borttaget.`)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(meetingPath);

  // Attendees are pasted as a list; leaving the form unsaved asks first.
  await page.getByRole('link', { name: 'Ändra mötet' }).click();
  await arrivedAt(page, new RegExp(`^Ändra mötet ${meetingTitle}`));
  await page
    .getByRole('textbox', { name: /^Lägg till flera deltagare/ })
    .fill('Karin Samordnare, samordnare\nPer Persson, integrationsstrateg');
  await page.getByRole('button', { name: 'Lägg till i deltagarlistan' }).click();
  await expect(page.getByText(/^2 deltagare är tillagda i listan/)).toBeVisible();
  await page.getByRole('link', { name: 'Avbryt' }).click();
  const leave = page.getByRole('alertdialog', { name: 'Vill du lämna sidan?' });
  await expect(leave).toBeVisible();
  await expectNoAxeViolations(page, 'unsaved-changes dialog');
  await leave.getByRole('button', { name: 'Stanna kvar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Ändra mötet ${meetingTitle}`) })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Namn/ })).toHaveCount(2);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await arrivedAt(page, new RegExp(`^${meetingTitle}`));
  await expect(page.getByRole('listitem').filter({ hasText: /^Per Persson, integrationsstrateg$/ })).toBeVisible();
  await expect(page.getByText(/^Inga deltagare är registrerade/)).toHaveCount(0);

  // The point goes, then the whole meeting.
  await page.getByText('Ändra punkt 1', { exact: true }).click();
  await page.getByRole('button', { name: 'Ta bort punkt 1' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByText('Punkten ”Tolkstöd i etableringen” är borttagen.')).toBeVisible();
  await expect(page.getByText('Dagordningen är tom.')).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort mötet' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
  await arrivedAt(page, 'Integrationsrådet');
  await expect(page.getByText(new RegExp(`^Mötet ”${meetingTitle}.*” är borttaget\\.$`))).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(meetingTitle) })).toHaveCount(0);
});
