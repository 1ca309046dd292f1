import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, present, problem } from '../../../test/fakeApi';
import { openDisclosure, renderApp, renderPage } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { AGREEMENT_ID, analysis, area, finding, goalArea } from '../testData';
import { expectGoneAndReadAgain, storedPart } from '../testParts';
import type { Area, AreaInput } from '../types';

const base = `/api/v1/agreements/${AGREEMENT_ID}`;
const page = `/agreements/${AGREEMENT_ID}/areas-of-action`;
const findingPath = `${base}/gap-findings/f-1`;
const areaPath = `${base}/areas-of-action/area-1`;

/** The area as the server keeps it: the analysis shows it, its PUT checks If-Match and stores the input. */
function storedArea(overrides: Record<string, unknown> = {}) {
  const initial = area(overrides) as unknown as Area;
  return storedPart(initial, {
    pagePath: `${base}/analysis`,
    pageOf: (part) => analysis({ areas: [part] }),
    emptyPage: () => analysis({ areas: [] }),
    writePath: areaPath,
    write: (stored, body) => {
      const input = body as AreaInput;
      return {
        ...stored,
        title: input.title,
        description: input.description,
        targetGroup: input.targetGroup,
        goalArea: input.goalAreaId ? goalArea : undefined,
      };
    },
  });
}

/** Opens the edit form of the finding whose disclosure reads `summary`. */
async function openFinding(user: ReturnType<typeof userEvent.setup>, summary: RegExp) {
  const element = await screen.findByText(summary);
  await user.click(element);
  return within(present(element.closest('details')));
}

describe('gap findings on the analysis page', () => {
  it('adds a finding for a target group with its source and date', async () => {
    const api = fakeApi([
      { path: `${base}/analysis`, respond: () => json(analysis({ findings: [] })) },
      {
        method: 'POST',
        path: `${base}/gap-findings`,
        respond: () => json(finding({ id: 'f-2', finding: 'Få mötesplatser' }), { status: 201 }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(page);
    expect(await screen.findByText('Inga brister är registrerade.')).toBeInTheDocument();
    const summary = screen.getByText('Lägg till brist');
    await user.click(summary);
    const form = within(summary.closest('details') as HTMLElement);
    await user.click(form.getByRole('button', { name: /Målgrupp/ }));
    await user.click(await screen.findByRole('option', { name: 'Ensamkommande barn' }));
    await user.type(form.getByRole('textbox', { name: /Brist/ }), 'Få mötesplatser');
    await user.type(form.getByRole('textbox', { name: 'Källa' }), 'Lägesbild 2018');
    await user.click(form.getByRole('button', { name: 'Spara bristen' }));
    expect(await screen.findByText('Bristen är tillagd.')).toBeInTheDocument();
    const [request] = api.calls('POST', `${base}/gap-findings`);
    expect(await request.json()).toEqual({
      targetGroup: 'UNACCOMPANIED_MINORS',
      finding: 'Få mötesplatser',
      source: 'Lägesbild 2018',
    });
  });

  it('shows the field the server refuses at the field', async () => {
    fakeApi([
      { path: `${base}/analysis`, respond: () => json(analysis({ findings: [] })) },
      {
        method: 'POST',
        path: `${base}/gap-findings`,
        respond: () => problem(400, 'validation', 'invalid', [{ field: 'finding', message: 'Fyll i bristen' }]),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(page);
    await user.click(await screen.findByText('Lägg till brist'));
    await user.click(screen.getByRole('button', { name: 'Spara bristen' }));
    expect(await screen.findByText('Formuläret innehåller 1 fel')).toBeInTheDocument();
    expect(screen.getAllByText('Fyll i bristen').length).toBeGreaterThan(0);
  });

  it('edits a finding with the version it read', async () => {
    const api = fakeApi([
      { path: `${base}/analysis`, respond: () => json(analysis()) },
      { method: 'PUT', path: `${base}/gap-findings/f-1`, respond: () => json(finding({ version: 4 })) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(page);
    const summary = await screen.findByText(/^Ändra: Nyanlända saknar/);
    await user.click(summary);
    const form = within(summary.closest('details') as HTMLElement);
    const source = form.getByRole('textbox', { name: 'Källa' });
    await user.clear(source);
    await user.type(source, 'Lägesbild 2019');
    await user.click(form.getByRole('button', { name: 'Spara bristen' }));
    await expect.poll(() => api.calls('PUT', `${base}/gap-findings/f-1`).length).toBe(1);
    const [request] = api.calls('PUT', `${base}/gap-findings/f-1`);
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual({
      targetGroup: 'NEWLY_ARRIVED',
      finding: 'Nyanlända saknar en social gemenskap och ett nätverk',
      source: 'Lägesbild 2019',
      foundOn: '2018-05-02',
    });
  });

  it('shows what someone else saved meanwhile and re-applies my source onto their version with the new ETag', async () => {
    const stored = storedPart(finding(), {
      pagePath: `${base}/analysis`,
      pageOf: (part) => analysis({ findings: [part] }),
      writePath: findingPath,
    });
    const { api, user } = renderPage(page, stored.routes);
    const form = await openFinding(user, /^Ändra: Nyanlända saknar/);
    const source = form.getByRole('textbox', { name: 'Källa' });
    await user.clear(source);
    await user.type(source, 'Lägesbild 2019');
    stored.changeMeanwhile({ targetGroup: 'ASYLUM_SEEKERS', finding: 'Asylsökande saknar nätverk' });
    await user.click(form.getByRole('button', { name: 'Spara bristen' }));

    expect(await conflictRow(/^Målgrupp/)).toEqual(['Asylsökande', 'Nyanlända', 'Asylsökande']);
    expect(await conflictRow(/^Brist/)).toEqual([
      'Asylsökande saknar nätverk',
      'Nyanlända saknar en social gemenskap och ett nätverk',
      'Asylsökande saknar nätverk',
    ]);
    expect(screen.getByText('Du har ändrat: Källa.')).toBeInTheDocument();
    await user.click(reapplyButton());

    await waitFor(() => expect(stored.stored.version).toBe(5));
    expect(stored.stored).toMatchObject({
      targetGroup: 'ASYLUM_SEEKERS',
      finding: 'Asylsökande saknar nätverk',
      source: 'Lägesbild 2019',
    });
    // The page shows the finding as saved, under its new target group, and its form goes on from that version.
    const moved = await openFinding(user, /^Ändra: Asylsökande saknar nätverk/);
    expect(moved.getByRole('textbox', { name: 'Källa' })).toHaveValue('Lägesbild 2019');
    await user.click(moved.getByRole('button', { name: 'Spara bristen' }));
    await waitFor(() => expect(api.calls('PUT', findingPath)).toHaveLength(3));
    expect(api.calls('PUT', findingPath).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"', '"5"']);
  });

  it('drops my changes for the latest version when asked, and saves on from that version', async () => {
    const stored = storedPart(finding(), {
      pagePath: `${base}/analysis`,
      pageOf: (part) => analysis({ findings: [part] }),
      writePath: findingPath,
    });
    const { api, user } = renderPage(page, stored.routes);
    const form = await openFinding(user, /^Ändra: Nyanlända saknar/);
    await user.type(form.getByRole('textbox', { name: 'Källa' }), ' (rev.)');
    stored.changeMeanwhile({ source: 'Lägesbild 2019' });
    await user.click(form.getByRole('button', { name: 'Spara bristen' }));
    expect(await conflictRow(/^Källa/)).toEqual(['Lägesbild 2019', 'Lägesbild 2018 (rev.)', 'Lägesbild 2018 (rev.)']);
    await user.click(screen.getByRole('button', { name: 'Läs in senaste versionen' }));

    expect(await form.findByText(/Den senaste versionen är inläst/)).toBeInTheDocument();
    expect(form.getByRole('textbox', { name: 'Källa' })).toHaveValue('Lägesbild 2019');
    await user.click(form.getByRole('button', { name: 'Spara bristen' }));
    await waitFor(() => expect(api.calls('PUT', findingPath)).toHaveLength(2));
    expect(api.calls('PUT', findingPath).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(stored.stored).toMatchObject({ version: 5, source: 'Lägesbild 2019' });
  });

  it('removes a finding only after confirming, and offers neither edit nor remove without the right', async () => {
    const api = fakeApi([
      {
        path: `${base}/analysis`,
        respond: () =>
          json(
            analysis({
              findings: [
                finding(),
                finding({ id: 'f-2', finding: 'Låg kännedom om SFI', permissions: { edit: false, delete: false } }),
              ],
            }),
          ),
      },
      { method: 'DELETE', path: `${base}/gap-findings/f-1`, respond: () => new Response(null, { status: 204 }) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(page);
    const other = (await screen.findByText(/Låg kännedom om SFI/)).closest('li') as HTMLElement;
    expect(within(other).queryByRole('button')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Ta bort\s*Nyanlända saknar/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('tas bort ur analysen');
    expect(api.calls('DELETE', `${base}/gap-findings/f-1`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await expect.poll(() => api.calls('DELETE', `${base}/gap-findings/f-1`).length).toBe(1);
    expect(api.calls('DELETE', `${base}/gap-findings/f-1`)[0].headers.get('If-Match')).toBe('"3"');
  });
});

describe('possible areas of action on the analysis page', () => {
  it('edits an area with the version it read: target group and goal area can be taken away', async () => {
    const { api, user } = renderPage(page, [
      { path: `${base}/analysis`, respond: () => json(analysis()) },
      { method: 'PUT', path: `${base}/areas-of-action/area-1`, respond: () => json(area({ version: 3 })) },
    ]);
    const form = await openDisclosure(user, 'Ändra Utveckling av samverkan med psykiatri');
    const title = form.getByRole('textbox', { name: /Insatsområde/ });
    await user.clear(title);
    await user.type(title, 'Samverkan med psykiatrin');
    await user.click(form.getByRole('button', { name: /Målområde$/ }));
    await user.click(await screen.findByRole('option', { name: 'Inget målområde' }));
    await user.click(form.getByRole('button', { name: 'Spara insatsområdet' }));
    await expect.poll(() => api.calls('PUT', `${base}/areas-of-action/area-1`).length).toBe(1);
    const [request] = api.calls('PUT', `${base}/areas-of-action/area-1`);
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(await request.json()).toEqual({
      title: 'Samverkan med psykiatrin',
      description: 'Gemensamma rutiner',
      targetGroup: 'NEWLY_ARRIVED',
    });
  });

  it('shows the area someone else saved meanwhile and re-applies my title onto it with the new ETag', async () => {
    const stored = storedArea();
    const { api, user } = renderPage(page, stored.routes);
    const form = await openDisclosure(user, 'Ändra Utveckling av samverkan med psykiatri');
    const title = form.getByRole('textbox', { name: /Insatsområde/ });
    await user.clear(title);
    await user.type(title, 'Samverkan med psykiatrin');
    stored.changeMeanwhile({ description: 'Gemensamma rutiner och en kontaktperson', goalArea: undefined });
    await user.click(form.getByRole('button', { name: 'Spara insatsområdet' }));

    expect(await conflictRow(/^Beskrivning/)).toEqual([
      'Gemensamma rutiner och en kontaktperson',
      'Gemensamma rutiner',
      'Gemensamma rutiner och en kontaktperson',
    ]);
    expect(await conflictRow(/^Målområde/)).toEqual(['(tomt)', '1 Arbete och försörjning', '(tomt)']);
    expect(screen.getByText('Du har ändrat: Insatsområde.')).toBeInTheDocument();
    await user.click(reapplyButton());

    await waitFor(() => expect(stored.stored.version).toBe(4));
    expect(stored.stored).toMatchObject({
      title: 'Samverkan med psykiatrin',
      description: 'Gemensamma rutiner och en kontaktperson',
      goalArea: undefined,
    });
    expect(api.calls('PUT', areaPath).map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(await form.findByRole('textbox', { name: /Beskrivning/ })).toHaveValue(
      'Gemensamma rutiner och en kontaktperson',
    );
  });

  it('starts an untouched area form again from the version a score on the page saved', async () => {
    const stored = storedArea({ permissions: { edit: true, score: true, delete: false, statusChanges: [] } });
    const { api, user } = renderPage(page, [
      ...stored.routes,
      {
        method: 'PUT',
        path: `${areaPath}/score`,
        respond: async (request) => {
          stored.changeMeanwhile((await request.json()) as Pick<Area, 'effect' | 'feasibility'>);
          return json(stored.stored);
        },
      },
    ]);
    const form = await openDisclosure(user, 'Ändra Utveckling av samverkan med psykiatri');
    await user.click(screen.getByRole('button', { name: /Effekt: Utveckling/ }));
    await user.click(await screen.findByRole('option', { name: '4' }));
    await user.click(screen.getByRole('button', { name: /Genomförbarhet: Utveckling/ }));
    await user.click(await screen.findByRole('option', { name: '3' }));
    await user.click(screen.getByRole('button', { name: 'Spara poäng' }));
    expect(await screen.findByRole('cell', { name: '4' })).toBeInTheDocument();

    await user.type(form.getByRole('textbox', { name: /Beskrivning/ }), ' i länet');
    await user.click(form.getByRole('button', { name: 'Spara insatsområdet' }));
    await waitFor(() => expect(api.calls('PUT', areaPath)).toHaveLength(1));
    expect(api.calls('PUT', areaPath)[0].headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(stored.stored).toMatchObject({ version: 4, description: 'Gemensamma rutiner i länet' }));
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
  });

  it('keeps what is typed in an area form when a score on the page saves the area, and re-applies it', async () => {
    const stored = storedArea({ permissions: { edit: true, score: true, delete: false, statusChanges: [] } });
    const { api, user } = renderPage(page, [
      ...stored.routes,
      {
        method: 'PUT',
        path: `${areaPath}/score`,
        respond: async (request) => {
          stored.changeMeanwhile((await request.json()) as Pick<Area, 'effect' | 'feasibility'>);
          return json(stored.stored);
        },
      },
    ]);
    const form = await openDisclosure(user, 'Ändra Utveckling av samverkan med psykiatri');
    await user.type(form.getByRole('textbox', { name: /Beskrivning/ }), ' i länet');
    await user.click(screen.getByRole('button', { name: /Effekt: Utveckling/ }));
    await user.click(await screen.findByRole('option', { name: '4' }));
    await user.click(screen.getByRole('button', { name: /Genomförbarhet: Utveckling/ }));
    await user.click(await screen.findByRole('option', { name: '3' }));
    await user.click(screen.getByRole('button', { name: 'Spara poäng' }));
    expect(await screen.findByRole('cell', { name: '4' })).toBeInTheDocument();
    expect(form.getByRole('textbox', { name: /Beskrivning/ })).toHaveValue('Gemensamma rutiner i länet');

    await user.click(form.getByRole('button', { name: 'Spara insatsområdet' }));
    expect(await screen.findByText(/^Du har ändrat: Beskrivning/)).toBeInTheDocument();
    await user.click(reapplyButton());
    await waitFor(() => expect(stored.stored).toMatchObject({ version: 4, description: 'Gemensamma rutiner i länet' }));
    expect(api.calls('PUT', areaPath).map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(stored.stored).toMatchObject({ effect: 4, feasibility: 3 });
  });

  it('shows the scores someone else saved meanwhile and re-applies mine with the new ETag', async () => {
    const stored = storedPart(
      area({ permissions: { edit: false, score: true, delete: false, statusChanges: [] } }) as unknown as Area,
      {
        pagePath: `${base}/analysis`,
        pageOf: (part) => analysis({ areas: [part] }),
        writePath: `${areaPath}/score`,
      },
    );
    const { api, user } = renderPage(page, stored.routes);
    await user.click(await screen.findByRole('button', { name: /Effekt: Utveckling/ }));
    await user.click(await screen.findByRole('option', { name: '4' }));
    await user.click(screen.getByRole('button', { name: /Genomförbarhet: Utveckling/ }));
    await user.click(await screen.findByRole('option', { name: '3' }));
    stored.changeMeanwhile({ effect: 5, feasibility: 3 });
    await user.click(screen.getByRole('button', { name: 'Spara poäng' }));

    expect(await conflictRow(/^Effekt/)).toEqual(['5', '4', '4']);
    expect(await conflictRow(/^Genomförbarhet/)).toEqual(['3', '3', '3']);
    await user.click(reapplyButton());
    await waitFor(() => expect(stored.stored.version).toBe(4));
    expect(stored.stored).toMatchObject({ effect: 4, feasibility: 3 });
    expect(api.calls('PUT', `${areaPath}/score`).map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
  });

  it('removes an area only after confirming and shows the rule when the server refuses', async () => {
    const api = fakeApi([
      { path: `${base}/analysis`, respond: () => json(analysis()) },
      {
        method: 'DELETE',
        path: `${base}/areas-of-action/area-1`,
        respond: () => problem(409, 'area-chosen', 'Ett valt insatsområde kan inte tas bort.'),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(page);
    await user.click(await screen.findByRole('button', { name: /^Ta bort\s*Utveckling av samverkan/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('tas bort med sina poäng');
    expect(api.calls('DELETE', `${base}/areas-of-action/area-1`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ändringen gick inte att göra');
    expect(api.calls('DELETE', `${base}/areas-of-action/area-1`)[0].headers.get('If-Match')).toBe('"2"');
  });

  it('offers neither edit nor remove without the rights', async () => {
    fakeApi([
      {
        path: `${base}/analysis`,
        respond: () =>
          json(
            analysis({
              areas: [area({ permissions: { edit: false, score: false, delete: false, statusChanges: [] } })],
            }),
          ),
      },
      ...baseRoutes(),
    ]);
    renderApp(page);
    const row = (await screen.findByRole('rowheader', { name: /Utveckling av samverkan/ })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).queryByRole('button')).toBeNull();
    expect(within(row).queryByText(/^Ändra/)).toBeNull();
  });
});

describe('changing a part of the analysis someone else removed meanwhile', () => {
  it('says that the finding is gone and my change not saved (412), and reads the list again', async () => {
    const stored = storedPart(finding(), {
      pagePath: `${base}/analysis`,
      pageOf: (part) => analysis({ findings: [part] }),
      emptyPage: () => analysis({ findings: [] }),
      writePath: findingPath,
    });
    const { api, user } = renderPage(page, stored.routes);
    const form = await openFinding(user, /^Ändra: Nyanlända saknar/);
    await user.type(form.getByRole('textbox', { name: 'Källa' }), ' 2019');
    stored.removeMeanwhile('traced');
    await user.click(form.getByRole('button', { name: 'Spara bristen' }));

    await expectGoneAndReadAgain(
      {
        text: 'Iakttagelsen ”Nyanlända saknar en social gemenskap och ett nätverk” finns inte längre – någon annan har tagit bort den.',
        pagePath: `${base}/analysis`,
      },
      api,
      user,
    );
    expect(screen.queryByText(/^Ändra: Nyanlända saknar/)).toBeNull();
  });

  it('says that the area is gone on a 404 too, and reads the list again', async () => {
    const stored = storedArea();
    const { api, user } = renderPage(page, stored.routes);
    const form = await openDisclosure(user, 'Ändra Utveckling av samverkan med psykiatri');
    await user.type(form.getByRole('textbox', { name: /Insatsområde/ }), ' i länet');
    stored.removeMeanwhile('untraced');
    await user.click(form.getByRole('button', { name: 'Spara insatsområdet' }));

    await expectGoneAndReadAgain(
      {
        text: 'Insatsområdet Utveckling av samverkan med psykiatri finns inte längre – någon annan har tagit bort det.',
        pagePath: `${base}/analysis`,
      },
      api,
      user,
    );
    expect(screen.queryByText('Ändra Utveckling av samverkan med psykiatri')).toBeNull();
  });

  it('says that the area is gone when its scores meet its removal (412), and reads the list again', async () => {
    const stored = storedPart(
      area({ permissions: { edit: false, score: true, delete: false, statusChanges: [] } }) as unknown as Area,
      {
        pagePath: `${base}/analysis`,
        pageOf: (part) => analysis({ areas: [part] }),
        emptyPage: () => analysis({ areas: [] }),
        writePath: `${areaPath}/score`,
      },
    );
    const { api, user } = renderPage(page, stored.routes);
    await user.click(await screen.findByRole('button', { name: /Effekt: Utveckling/ }));
    await user.click(await screen.findByRole('option', { name: '4' }));
    await user.click(screen.getByRole('button', { name: /Genomförbarhet: Utveckling/ }));
    await user.click(await screen.findByRole('option', { name: '3' }));
    stored.removeMeanwhile('traced');
    await user.click(screen.getByRole('button', { name: 'Spara poäng' }));

    await expectGoneAndReadAgain(
      {
        text: 'Insatsområdet Utveckling av samverkan med psykiatri finns inte längre – någon annan har tagit bort det.',
        pagePath: `${base}/analysis`,
      },
      api,
      user,
    );
    expect(screen.queryByRole('button', { name: 'Spara poäng' })).toBeNull();
  });
});
