import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { agreement, AGREEMENT_ID } from '../testData';

const rok = {
  id: '10000000-0000-4000-8000-000000000077',
  kind: 'REGIONAL',
  title: 'Regional överenskommelse Västmanland',
  countyCode: '19',
  countyName: 'Västmanlands län',
  firstYear: 2016,
  lastYear: 2020,
  status: 'EXPIRED',
  updatedAt: '2026-01-01T00:00:00Z',
};

async function choose(user: UserEvent, label: RegExp, option: string) {
  await user.click(screen.getByRole('button', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('new agreement', () => {
  it("starts in the coordinator's county, asks local agreements for municipality and RÖK, and sends what was typed", async () => {
    const api = fakeApi([
      {
        path: '/api/v1/agreements',
        respond: (request) =>
          json({
            items: new URL(request.url).searchParams.get('kind') === 'REGIONAL' ? [rok] : [],
            total: 1,
            page: 0,
            size: 100,
          }),
      },
      {
        method: 'POST',
        path: '/api/v1/agreements',
        respond: () =>
          problem(400, 'validation', '1 field is invalid', [
            { field: 'legalBasis[0].sfs', message: 'must be an SFS number such as 2017:584' },
          ]),
      },
      ...baseRoutes(session({ countyCode: '19' })),
    ]);
    const user = userEvent.setup();
    renderApp('/agreements/new');
    await screen.findByRole('heading', { level: 1, name: 'Ny överenskommelse' });
    await waitFor(() => expect(screen.getByRole('button', { name: /Län$/ })).toHaveTextContent('Västmanlands län'));
    expect(screen.queryByRole('button', { name: /Kommun$/ })).not.toBeInTheDocument();

    await choose(user, /Typ$/, 'Lokal överenskommelse (LÖK)');
    await user.type(screen.getByRole('textbox', { name: /^Titel/ }), 'LÖK Västerås');
    await choose(user, /Kommun$/, 'Västerås');
    await user.type(screen.getByRole('textbox', { name: /^Första år/ }), '2026');
    await user.type(screen.getByRole('textbox', { name: /^Sista år/ }), '2028');
    await choose(user, /Hör till regional överenskommelse$/, 'Regional överenskommelse Västmanland (2016–2020)');
    // 2026–2028 lies outside the RÖK's 2016–2020: said before saving, without stopping it.
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Perioden ligger utanför RÖK:ensEn LÖK ska gälla inom sin regionala överenskommelses period, 2016–2020.',
    );
    await user.click(screen.getByRole('button', { name: 'Lägg till författning' }));
    await user.type(screen.getByRole('textbox', { name: /^SFS-nummer/ }), 'lag 2017');
    await user.click(screen.getByRole('checkbox', { name: 'Ensamkommande barn' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nyanlända' }));
    await user.click(screen.getByRole('button', { name: 'Skapa överenskommelsen' }));

    const summary = await waitFor(() => {
      const found = screen.getAllByRole('alert').find((alert) => alert.textContent.includes('Formuläret innehåller'));
      if (!found) throw new Error('no error summary yet');
      return found;
    });
    expect(summary).toHaveTextContent('Formuläret innehåller 1 fel');
    expect(
      within(summary).getByRole('link', { name: 'Författning 1, SFS-nummer: must be an SFS number such as 2017:584' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /^SFS-nummer/ })).toHaveAttribute('aria-invalid', 'true');

    const body: unknown = await api.calls('POST', '/api/v1/agreements')[0].json();
    expect(body).toEqual({
      kind: 'LOCAL',
      title: 'LÖK Västerås',
      countyCode: '19',
      municipalityCode: '1980',
      firstYear: 2026,
      lastYear: 2028,
      legalBasis: [{ sfs: 'lag 2017' }],
      // In the interface's order, whatever the order they were ticked in.
      targetGroups: ['NEWLY_ARRIVED', 'UNACCOMPANIED_MINORS'],
      perspectives: [],
      parentAgreementId: rok.id,
    });
  });

  it('goes to the new draft when it is saved', async () => {
    fakeApi([
      { path: '/api/v1/agreements', respond: () => json({ items: [], total: 0, page: 0, size: 100 }) },
      {
        method: 'POST',
        path: '/api/v1/agreements',
        respond: () => json(agreement(), { status: 201, headers: { ETag: '"0"' } }),
      },
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement()) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp('/agreements/new');
    await screen.findByRole('heading', { level: 1, name: 'Ny överenskommelse' });
    await choose(user, /Typ$/, 'Regional överenskommelse (RÖK)');
    await user.type(screen.getByRole('textbox', { name: /^Titel/ }), 'RÖK');
    await user.click(screen.getByRole('button', { name: 'Skapa överenskommelsen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${AGREEMENT_ID}`));
    expect(await screen.findByText(/Överenskommelsen är skapad som utkast/)).toBeInTheDocument();
  });

  it("offers a LÖK author only LÖKs in the grant's municipalities, starting in their county", async () => {
    fakeApi([
      { path: '/api/v1/agreements', respond: () => json({ items: [], total: 0, page: 0, size: 100 }) },
      ...baseRoutes(
        session({
          countyCode: '',
          agreementCounties: [],
          localAgreementMunicipalities: ['1980'],
          createAgreement: true,
        }),
      ),
    ]);
    const user = userEvent.setup();
    renderApp('/agreements/new');
    await screen.findByRole('heading', { level: 1, name: 'Ny överenskommelse' });
    expect(screen.getByRole('button', { name: /Typ$/ })).toHaveTextContent('Lokal överenskommelse (LÖK)');
    await waitFor(() => expect(screen.getByRole('button', { name: /Län$/ })).toHaveTextContent('Västmanlands län'));
    await user.click(screen.getByRole('button', { name: /Typ$/ }));
    // The chosen option carries a check mark.
    expect((await screen.findAllByRole('option')).map((option) => option.textContent.replace('✓', ''))).toEqual([
      'Lokal överenskommelse (LÖK)',
    ]);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: /Kommun$/ }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual(['Västerås']);
  });

  it('is not offered to those who may not create agreements', async () => {
    fakeApi(baseRoutes(session({ createAgreement: false })));
    renderApp('/agreements/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeInTheDocument();
  });
});
