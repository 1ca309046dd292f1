import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { baseRoutes, fakeApi, json, session, present } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { agreement, AGREEMENT_ID, goalArea } from '../testData';

function conflict(rule: string, detail: string) {
  return new Response(
    JSON.stringify({ type: 'urn:samverkan:problem:conflict', title: 'Conflict', status: 409, detail, rule }),
    { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function routes(document = agreement(), me = session()) {
  return [
    {
      path: `/api/v1/agreements/${AGREEMENT_ID}`,
      respond: () => json(document, { headers: { ETag: `"${document.version}"` } }),
    },
    ...baseRoutes(me),
  ];
}

beforeEach(() => {
  // "This year" is 2026: its focus is shown first.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-05-01T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('agreement page', () => {
  it('reads like the document: facts, purpose, legal basis, goal areas with strategies, parties and signatories', async () => {
    const anonymous = {
      edit: false,
      editPriorities: false,
      delete: false,
      statusChanges: [],
      runFollowUp: false,
      revise: false,
      createLocal: false,
      giveConsultationInput: false,
    };
    fakeApi(
      routes(
        agreement({ status: 'ADOPTED', adoptedOn: '2016-06-01', permissions: anonymous }),
        session({ authenticated: false }),
      ),
    );
    renderApp(`/agreements/${AGREEMENT_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Regional överenskommelse Västmanland' }),
    ).toBeInTheDocument();
    const facts = present(screen.getAllByRole('definition')[0].closest('dl'));
    expect(within(facts).getByText('Antagen', { selector: '.ds-badge' })).toBeInTheDocument();
    expect(within(facts).getByText('2024–2028')).toBeInTheDocument();
    expect(within(facts).getByText('Rapport 2016:09')).toBeInTheDocument();
    expect(within(facts).getByText('1 juni 2016')).toBeInTheDocument();
    expect(screen.getByText('Att underlätta lokalt.')).toBeInTheDocument();
    expect(
      screen.getByText('SFS 2010:197 – Lag (2010:197) om etableringsinsatser för vissa nyanlända invandrare'),
    ).toBeInTheDocument();

    const area = screen.getByRole('region', { name: '3.1 Samverkan och samordning' });
    expect(within(area).getByText(/Det finns en samsyn/)).toBeInTheDocument();
    expect(
      within(area)
        .getAllByRole('listitem')
        .slice(0, 2)
        .map((item) => item.textContent),
    ).toEqual(['Det finns långsiktiga mål och strategier', 'Etableringstiden utnyttjas effektivt']);

    const parties = screen.getByRole('table', { name: '4 parter med undertecknare' });
    const row = within(parties).getByRole('row', { name: /Västerås stad/ });
    expect(within(row).getByText('Anders Teljebäck, Kommunstyrelsens ordförande')).toBeInTheDocument();
    expect(within(row).getByText('Undertecknande part')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Hantera överenskommelsen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Redigera målområdet/ })).not.toBeInTheDocument();
  });

  it('says who answers at which level, in words, and who "övriga undertecknande parter" are', async () => {
    fakeApi(routes());
    renderApp(`/agreements/${AGREEMENT_ID}`);
    const area = await screen.findByRole('region', { name: '3.1 Samverkan och samordning' });
    expect(
      within(area).getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            'Ansvariga parter: Länsstyrelsen Västmanlands län (regional nivå) och Arbetsförmedlingen Norra Mälardalen (lokal nivå)',
      ),
    ).toBeInTheDocument();
    expect(
      within(area).getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            'Övriga parter: Civilsamhället Västmanland (lokal nivå) och övriga undertecknande parter (regional nivå)',
      ),
    ).toBeInTheDocument();
    const who = within(area).getByText('Vilka är övriga undertecknande parter? (2)');
    const covered = within(present(who.closest('details')))
      .getAllByRole('listitem', { hidden: true })
      .map((item) => item.textContent);
    expect(covered).toEqual(['Västerås stad', 'Köpings kommun']);
  });

  it('links a responsibility qualified "genom projekt" to the registered project, the words as the document has them', async () => {
    const PROJECT_ID = '70000000-0000-4000-8000-000000000001';
    const qualified = {
      ...goalArea,
      responsibilities: [
        {
          id: '30000000-0000-4000-8000-000000000009',
          organisation: { id: '10000000-0000-4000-8000-000000000099', name: 'VKL' },
          allOtherSignatories: false,
          coveredOrganisations: [],
          qualifier: 'genom projekt Bosättning Västmanland (§37) 2016',
          projectId: PROJECT_ID,
          kind: 'RESPONSIBLE' as const,
          level: 'REGIONAL' as const,
          version: 0,
        },
        {
          id: '30000000-0000-4000-8000-000000000010',
          organisation: { id: '10000000-0000-4000-8000-000000000098', name: 'Region Västmanland' },
          allOtherSignatories: false,
          coveredOrganisations: [],
          qualifier: 'genom projekt som inte är registrerat',
          kind: 'RESPONSIBLE' as const,
          level: 'REGIONAL' as const,
          version: 0,
        },
      ],
    };
    fakeApi(routes(agreement({ goalAreas: [qualified] })));
    renderApp(`/agreements/${AGREEMENT_ID}`);
    const area = await screen.findByRole('region', { name: '3.1 Samverkan och samordning' });
    const line = within(area).getByText(
      (_, element) => element?.tagName === 'P' && /^Ansvariga parter:/.test(element.textContent),
    );
    expect(line.textContent).toBe(
      'Ansvariga parter: VKL genom projekt Bosättning Västmanland (§37) 2016 (regional nivå) och Region Västmanland genom projekt som inte är registrerat (regional nivå)',
    );
    const link = within(line).getByRole('link', { name: 'genom projekt Bosättning Västmanland (§37) 2016' });
    expect(link).toHaveAttribute('href', `/funding/projects/${PROJECT_ID}`);
    // A qualifier without a registered project stays words.
    expect(within(line).getAllByRole('link')).toHaveLength(1);
  });

  it("shows this year's focus first and earlier years behind a disclosure", async () => {
    fakeApi(routes());
    renderApp(`/agreements/${AGREEMENT_ID}`);
    const area = await screen.findByRole('region', { name: '3.1 Samverkan och samordning' });
    expect(within(area).getByRole('heading', { level: 4, name: 'Särskilt fokus 2026' })).toBeInTheDocument();
    expect(within(area).getByText('Under 2026 med särskilt fokus på att:')).toBeInTheDocument();
    expect(within(area).getByText('Beslutat av Integrationsrådet 10 februari 2026.')).toBeInTheDocument();
    const earlier = within(area).getByText('Särskilt fokus tidigare år');
    expect(earlier.tagName).toBe('SUMMARY');
    expect(within(present(earlier.closest('details'))).getByText('Kartlägga samverkan')).toBeInTheDocument();
  });

  it('shows a decided priority with the meeting decision that decided it, and a transcribed one as the document says', async () => {
    fakeApi(routes());
    renderApp(`/agreements/${AGREEMENT_ID}`);
    const area = await screen.findByRole('region', { name: '3.1 Samverkan och samordning' });
    expect(within(area).getByText('Enligt dokumentet')).toBeInTheDocument();
    const earlier = present(within(area).getByText('Särskilt fokus tidigare år').closest('details'));
    expect(within(earlier).getByText('Fastställd')).toBeInTheDocument();
    const link = within(earlier).getByRole('link', { name: 'fastställd av Integrationsrådet 12 mars 2025, § 4' });
    expect(link).toHaveAttribute('href', '/meetings/50000000-0000-4000-8000-000000000003');
    expect(within(earlier).getByText(/på förslag av Beredningsgruppen/)).toBeInTheDocument();
  });

  it('explains a broken rule in Swedish when adopting is refused', async () => {
    const api = fakeApi([
      {
        method: 'POST',
        path: `/api/v1/agreements/${AGREEMENT_ID}/status`,
        respond: () =>
          conflict('adoption-needs-two-parties', 'An agreement needs at least two parties to be adopted; it has 1'),
      },
      ...routes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/agreements/${AGREEMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Anta överenskommelsen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Anta överenskommelsen?' });
    const date = within(dialog).getByLabelText(/Datum då överenskommelsen antogs/);
    await user.clear(date);
    await user.type(date, '2026-03-15');
    await user.click(within(dialog).getByRole('button', { name: 'Anta överenskommelsen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ändringen går inte att göra');
    expect(alert).toHaveTextContent('En överenskommelse behöver minst två parter för att kunna antas.');
    await waitFor(() => expect(alert).toHaveFocus());
    const request = api.calls('POST', `/api/v1/agreements/${AGREEMENT_ID}/status`)[0];
    expect(request.headers.get('If-Match')).toBe('"7"');
    expect(await request.json()).toEqual({ status: 'ADOPTED', adoptedOn: '2026-03-15' });
  });

  it.each([
    ['adoption-needs-a-goal-area', 'minst ett målområde'],
    ['expiry-after-period', 'först när dess period är slut'],
    ['transition-not-allowed', 'kan inte få den statusen'],
  ])('explains the rule %s', async (rule, text) => {
    fakeApi([
      {
        method: 'POST',
        path: `/api/v1/agreements/${AGREEMENT_ID}/status`,
        respond: () => conflict(rule, 'English detail'),
      },
      ...routes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/agreements/${AGREEMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Skicka på förankring' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Skicka på förankring' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });

  it("falls back to the server's detail for a rule it does not know", async () => {
    fakeApi([
      {
        method: 'DELETE',
        path: `/api/v1/agreements/${AGREEMENT_ID}`,
        respond: () => conflict('some-new-rule', 'The server explains the new rule'),
      },
      ...routes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/agreements/${AGREEMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Ta bort utkastet' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort utkastet' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ändringen går inte att göra');
    expect(alert).toHaveTextContent('The server explains the new rule');
  });

  it('offers only the status changes the server allows', async () => {
    fakeApi(
      routes(
        agreement({
          status: 'ADOPTED',
          permissions: {
            edit: false,
            editPriorities: true,
            delete: false,
            statusChanges: [],
            runFollowUp: true,
            revise: false,
            createLocal: false,
            giveConsultationInput: false,
          },
        }),
      ),
    );
    renderApp(`/agreements/${AGREEMENT_ID}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Anta överenskommelsen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera uppgifterna' })).not.toBeInTheDocument();
    // jsdom drops the space before the visually hidden part of the name; browsers keep it.
    expect(screen.getByRole('link', { name: /^Ange särskilt fokus ?3.1 Samverkan och samordning$/ })).toHaveAttribute(
      'href',
      `/agreements/${AGREEMENT_ID}/goal-areas/20000000-0000-4000-8000-000000000001/focus`,
    );
  });
});
