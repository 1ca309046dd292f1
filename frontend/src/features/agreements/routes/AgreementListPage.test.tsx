import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, queryOf, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const summary = {
  id: '10000000-0000-4000-8000-000000000009',
  kind: 'LOCAL',
  title: 'Lokal överenskommelse Västerås',
  countyCode: '19',
  countyName: 'Västmanlands län',
  municipalityCode: '1980',
  municipalityName: 'Västerås',
  firstYear: 2026,
  lastYear: 2028,
  status: 'ADOPTED',
  adoptedOn: '2026-03-15',
  updatedAt: '2026-03-15T10:00:00Z',
};

function routes(me = session(), total = 1) {
  return [
    { path: '/api/v1/agreements', respond: () => json({ items: total ? [summary] : [], total, page: 0, size: 20 }) },
    ...baseRoutes(me),
  ];
}

describe('agreement list', () => {
  it('builds the API query from the filters in the address', async () => {
    const api = fakeApi(routes());
    renderApp(
      '/agreements?q=bost%C3%A4der&kind=LOCAL&county=19&status=ADOPTED&year=2026&targetGroup=NEWLY_ARRIVED&page=2',
    );
    await screen.findByRole('link', { name: 'Lokal överenskommelse Västerås' });
    expect(queryOf(api, '/api/v1/agreements')).toEqual({
      q: 'bostäder',
      kind: 'LOCAL',
      county: '19',
      status: 'ADOPTED',
      year: '2026',
      targetGroup: 'NEWLY_ARRIVED',
      page: '1',
      size: '20',
      sort: 'relevance',
    });
  });

  it('shows kind, place, period and the status in words', async () => {
    fakeApi(routes());
    renderApp('/agreements');
    expect(await screen.findByText('1 överenskommelse')).toBeInTheDocument();
    const row = within(screen.getByRole('table', { name: 'Överenskommelser' })).getByRole('row', {
      name: /Lokal överenskommelse Västerås/,
    });
    expect(within(row).getByRole('link', { name: 'Lokal överenskommelse Västerås' })).toHaveAttribute(
      'href',
      `/agreements/${summary.id}`,
    );
    expect(within(row).getByText('Lokal överenskommelse (LÖK)')).toBeInTheDocument();
    expect(within(row).getByText('Västerås, Västmanlands län')).toBeInTheDocument();
    expect(within(row).getByText('2026–2028')).toBeInTheDocument();
    expect(within(row).getByText('Antagen')).toHaveClass('ds-badge');
  });

  it('puts a chosen filter and the typed search into the address', async () => {
    fakeApi(routes());
    const user = userEvent.setup();
    const { router } = renderApp('/agreements');
    await screen.findByRole('link', { name: 'Lokal överenskommelse Västerås' });
    await user.click(screen.getByRole('button', { name: /Typ$/ }));
    await user.click(await screen.findByRole('option', { name: 'Regional överenskommelse (RÖK)' }));
    await waitFor(() => expect(router.state.location.href).toBe('/agreements?kind=REGIONAL'));
    await user.type(screen.getByRole('searchbox', { name: 'Sök i överenskommelserna' }), 'hälsa');
    await waitFor(() => expect(router.state.location.href).toBe('/agreements?kind=REGIONAL&q=h%C3%A4lsa'));
  });

  it('offers "Ny överenskommelse" only to those who may create agreements', async () => {
    fakeApi(routes(session({ createAgreement: true })));
    const first = renderApp('/agreements');
    expect(await screen.findByRole('link', { name: 'Ny överenskommelse' })).toHaveAttribute('href', '/agreements/new');
    first.unmount();

    fakeApi(routes(session({ authenticated: false, createOrganisation: false, createAgreement: false })));
    renderApp('/agreements');
    await screen.findByRole('link', { name: 'Lokal överenskommelse Västerås' });
    expect(screen.queryByRole('link', { name: 'Ny överenskommelse' })).not.toBeInTheDocument();
  });

  it('has an empty state that offers to clear the filters', async () => {
    fakeApi(routes(session(), 0));
    const user = userEvent.setup();
    const { router } = renderApp('/agreements?status=DRAFT');
    expect(await screen.findByText(/Inga överenskommelser matchar sökningen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rensa sökning och filter' }));
    await waitFor(() => expect(router.state.location.href).toBe('/agreements'));
  });
});
