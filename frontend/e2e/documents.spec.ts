import { expect, test, type Page } from '@playwright/test';
import { accessToken, callApi } from './support/api';
import { arrivedAt, choose, login } from './support/app';
import { expectNoAxeViolations } from './support/axe';

const runId = Date.now().toString(36);
/** A made-up word that occurs only inside the signed PDF, so the search proves the PDF's text was read. */
const secretWord = `lagesbildsord${runId.replace(/[0-9]/g, 'x')}`;
const signedTitle = `Undertecknad RÖK ${runId}`;
const paperTitle = `Underlag om språkstöd ${runId}`;
let rokPath = '';
let signedPath = '';

/** A one-page PDF with the text (ASCII), built by hand with a correct cross-reference table. */
function pdfWithText(text: string): Buffer {
  const content = `BT /F1 14 Tf 72 700 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  offsets.forEach((offset) => (pdf += `${String(offset).padStart(10, '0')} 00000 n \n`));
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * Opens one of our pages, waits for its h1 and checks it with axe, like `visit`, with room for a slow first read of a
 * large agreement on a busy machine.
 */
async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 45_000 });
  await expectNoAxeViolations(page, path);
}

test.describe.serial('documents and search', () => {
  test('the coordinator attaches the signed PDF to the Västmanland RÖK', async ({ page }) => {
    const agreements = await page.request.get('/api/v1/agreements?kind=REGIONAL&county=19&size=1');
    const rok = ((await agreements.json()) as { items: { id: string; title: string }[] }).items[0];
    rokPath = `/agreements/${rok.id}`;

    await login(page, 'coordinator.vastmanland');
    await visit(page, rokPath, rok.title);
    await expect(page.getByRole('heading', { level: 2, name: 'Dokument och länkar' })).toBeVisible();
    await page.getByRole('link', { name: 'Bifoga fil eller länk till överenskommelsen' }).click();
    await arrivedAt(page, 'Bifoga dokument');

    // Nothing chosen: the server's reasons are listed and shown at the fields.
    await page.getByRole('button', { name: 'Ladda upp filen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Formuläret innehåller' })).toBeFocused();
    await expectNoAxeViolations(page, 'attach form with errors');

    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'RÖK Västmanland undertecknad.pdf',
      mimeType: 'application/pdf',
      buffer: pdfWithText(`Regional overenskommelse, undertecknad. ${secretWord}`),
    });
    await page.getByRole('textbox', { name: /^Titel/ }).fill(signedTitle);
    await choose(page, 'Typ av dokument', 'Undertecknad överenskommelse');
    await page.getByRole('button', { name: 'Ladda upp filen' }).click();
    await arrivedAt(page, signedTitle);
    signedPath = new URL(page.url()).pathname;
    await expect(page.getByRole('cell', { name: /RÖK Västmanland undertecknad\.pdf \(PDF/ })).toBeVisible();
    await expect(page.getByText('Dokumentet hör till något som är antaget')).toBeVisible();
  });

  test('the coordinator attaches papers to an agenda item of a new meeting', async ({ page, request }) => {
    const token = await accessToken(request, 'coordinator.vastmanland');
    const forums = await callApi(request, token, 'GET', '/api/v1/forums?county=19&q=Integrationsrådet');
    const forum = ((await forums.json()) as { items: { id: string }[] }).items[0];
    const date = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const meeting = await callApi(request, token, 'POST', `/api/v1/forums/${forum.id}/meetings`, {
      body: { date, title: `Rådsmöte ${runId}`, location: 'Länsstyrelsen Västmanland, Västerås', attendees: [] },
    });
    expect(meeting.status(), await meeting.text()).toBe(201);
    const meetingId = ((await meeting.json()) as { id: string }).id;
    const item = await callApi(request, token, 'POST', `/api/v1/meetings/${meetingId}/agenda-items`, {
      body: { title: 'Språkstöd i etableringen', kind: 'PRESENTATION' },
    });
    expect(item.status(), await item.text()).toBe(201);

    await login(page, 'coordinator.vastmanland');
    await visit(page, `/meetings/${meetingId}`, new RegExp(`^Rådsmöte ${runId}`));
    await page.getByRole('link', { name: 'Bifoga underlag till punkten' }).click();
    await arrivedAt(page, 'Bifoga dokument');
    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'underlag.pdf',
      mimeType: 'application/pdf',
      buffer: pdfWithText('Underlag om sprakstod'),
    });
    await page.getByRole('textbox', { name: /^Titel/ }).fill(paperTitle);
    await choose(page, 'Typ av dokument', 'Mötesunderlag');
    await page.getByRole('radio', { name: 'Internt' }).check({ force: true }); // react-aria keeps the input visually hidden under its label
    await page.getByRole('button', { name: 'Ladda upp filen' }).click();
    await arrivedAt(page, paperTitle);
    await page.getByRole('link', { name: 'Språkstöd i etableringen' }).click();
    await arrivedAt(page, new RegExp(`^Rådsmöte ${runId}`));
    await expect(page.getByRole('heading', { level: 4, name: 'Underlag till punkten' })).toBeVisible();
    await expect(page.getByRole('link', { name: paperTitle })).toBeVisible();
  });

  test('the public downloads the public PDF and finds it by a word inside it', async ({ page }) => {
    await visit(page, rokPath, /Regional överenskommelse/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Ladda ner ${signedTitle}` }).click();
    expect((await download).suggestedFilename()).toBe('RÖK Västmanland undertecknad.pdf');

    await visit(page, signedPath, signedTitle);
    await expect(page.getByRole('button', { name: 'Ladda upp den nya versionen' })).toHaveCount(0);

    const search = page.getByRole('search', { name: 'Sök i Samverkan' });
    await search.getByRole('searchbox').fill(secretWord);
    await search.getByRole('searchbox').press('Enter');
    await arrivedAt(page, `Sökresultat för ”${secretWord}”`);
    await expect(page.getByRole('heading', { level: 2, name: '1 träff' })).toBeVisible();
    await page.getByRole('link', { name: signedTitle }).click();
    await arrivedAt(page, signedTitle);
  });

  test('the public does not see the internal meeting papers, nor find them', async ({ page }) => {
    await visit(page, `/search?q=${encodeURIComponent(paperTitle)}&kind=DOCUMENT`, /^Sökresultat för/);
    await expect(page.getByRole('heading', { level: 2, name: '0 träffar' })).toBeVisible();
  });
});
