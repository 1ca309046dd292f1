import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, queryOf, problem, session, vasteras, present } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const page = (total: number, items = [vasteras]) => ({ items, total, page: 0, size: 20 });

function listRoutes(me = session(), respond = () => json(page(1))) {
  return [{ path: '/api/v1/organisations', respond }, ...baseRoutes(me)];
}

describe('organisation list', () => {
  it('builds the API query from the filters in the address', async () => {
    const api = fakeApi(listRoutes());
    renderApp('/organisations?q=V%C3%A4ster%C3%A5s&county=19&type=MUNICIPALITY&page=2');
    await screen.findByRole('link', { name: 'Västerås stad' });
    expect(queryOf(api, '/api/v1/organisations')).toEqual({
      q: 'Västerås',
      county: '19',
      type: 'MUNICIPALITY',
      page: '1',
      size: '20',
      sort: 'name',
    });
  });

  it('shows the total, the rows with links, and page x of y', async () => {
    fakeApi(listRoutes(session(), () => json(page(45))));
    renderApp('/organisations');
    expect(await screen.findByText('45 organisationer')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Organisationer' });
    const row = within(table).getByRole('row', { name: /Västerås stad/ });
    expect(within(row).getByRole('link', { name: 'Västerås stad' })).toHaveAttribute(
      'href',
      `/organisations/${vasteras.id}`,
    );
    expect(within(row).getByText('Kommun')).toBeInTheDocument();
    expect(within(row).getByText('Västmanlands län')).toBeInTheDocument();
    expect(screen.getByText('Sida 1 av 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Föregående/ })).toBeDisabled();
  });

  it('reorders by a column header and says the order to screen readers', async () => {
    const api = fakeApi(listRoutes());
    const user = userEvent.setup();
    const { router } = renderApp('/organisations?sort=-type');
    const table = await screen.findByRole('table', { name: 'Organisationer' });
    const typeHeader = within(table).getByRole('columnheader', { name: 'Typ' });
    expect(typeHeader).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('columnheader', { name: 'Namn' })).not.toHaveAttribute('aria-sort');

    await user.click(within(table).getByRole('button', { name: 'Län' }));
    await waitFor(() => expect(router.state.location.href).toBe('/organisations?sort=county'));
    await waitFor(() => {
      const last = present(api.calls('GET', '/api/v1/organisations').at(-1));
      expect(new URL(last.url).searchParams.get('sort')).toBe('county');
    });
    expect(within(table).getByRole('columnheader', { name: 'Län' })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('searches after typing stops and puts the search in the address', async () => {
    const api = fakeApi(listRoutes());
    const user = userEvent.setup();
    const { router } = renderApp('/organisations');
    await screen.findByRole('link', { name: 'Västerås stad' });
    await user.type(screen.getByRole('searchbox', { name: 'Sök på namn eller organisationsnummer' }), 'Köping');
    await waitFor(() => expect(router.state.location.href).toBe('/organisations?q=K%C3%B6ping'));
    await waitFor(() => {
      const last = present(api.calls('GET', '/api/v1/organisations').at(-1));
      expect(new URL(last.url).searchParams.get('q')).toBe('Köping');
    });
    // one request for the settled text, not one per keystroke
    const searched = api.calls('GET', '/api/v1/organisations').map((r) => new URL(r.url).searchParams.get('q'));
    expect(searched.filter((q) => q !== null)).toEqual(['Köping']);
  });

  it('goes to the next page', async () => {
    fakeApi(listRoutes(session(), () => json(page(45))));
    const user = userEvent.setup();
    const { router } = renderApp('/organisations?county=19');
    await screen.findByText('Sida 1 av 3');
    await user.click(screen.getByRole('button', { name: /Nästa/ }));
    await waitFor(() => expect(router.state.location.href).toBe('/organisations?county=19&page=2'));
  });

  it('has an empty state that offers to clear the filters', async () => {
    fakeApi(listRoutes(session(), () => json(page(0, []))));
    const user = userEvent.setup();
    const { router } = renderApp('/organisations?q=zzz');
    expect(await screen.findByText(/Inga organisationer matchar sökningen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rensa sökning och filter' }));
    await waitFor(() => expect(router.state.location.href).toBe('/organisations'));
  });

  it('shows an error the server sends', async () => {
    fakeApi(listRoutes(session(), () => problem(500, 'internal', 'Något gick sönder, referens abc123')));
    renderApp('/organisations');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Något gick sönder, referens abc123');
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('offers "Ny organisation" only to those who may create organisations', async () => {
    fakeApi(listRoutes(session({ createOrganisation: true })));
    const first = renderApp('/organisations');
    expect(await screen.findByRole('link', { name: 'Ny organisation' })).toHaveAttribute('href', '/organisations/new');
    first.unmount();

    fakeApi(listRoutes(session({ createOrganisation: false })));
    renderApp('/organisations');
    await screen.findByRole('link', { name: 'Västerås stad' });
    expect(screen.queryByRole('link', { name: 'Ny organisation' })).not.toBeInTheDocument();
  });
});
