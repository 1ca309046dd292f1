import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { ids, structure } from '../testData';

describe('forum structure', () => {
  it('draws the levels with their links, hidden from screen readers, and says the same in a nested list', async () => {
    const api = fakeApi([
      { path: '/api/v1/forum-structure/19', respond: () => json(structure) },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp('/forums');
    expect(await screen.findByRole('heading', { level: 1, name: 'Samverkansforum' })).toBeInTheDocument();
    const figure = await screen.findByRole('figure', { name: /Forumstrukturen i Västmanlands län/ });

    // The picture: every level top to bottom, the arrow in words, the working group inside its forum; not read aloud.
    const diagram = within(figure).getByTestId('tier-diagram');
    expect(diagram).toHaveAttribute('aria-hidden', 'true');
    expect(diagram.textContent).toMatch(/Nationell nivå.*Regional nivå.*Delregional nivå.*Lokal nivå/);
    expect(within(diagram).getByText('Bereder för Integrationsrådet')).toBeInTheDocument();
    expect(within(diagram).getByText('Arbetsgrupp för samhällsorientering')).toBeInTheDocument();

    // The list: the same forums as links, the link in words, the working group nested with its end date.
    expect(
      within(figure).getByRole('heading', { level: 3, name: 'Regional nivå (länsövergripande)' }),
    ).toBeInTheDocument();
    const beredning = within(figure).getByRole('link', { name: 'Beredningsgruppen' });
    expect(beredning).toHaveAttribute('href', `/forums/${ids.beredningsgruppen}`);
    expect(beredning.closest('li')).toHaveTextContent('Bereder för Integrationsrådet');
    const groups = within(figure).getByRole('list', { name: 'Arbetsgrupper under Integrationsrådet' });
    expect(within(groups).getByRole('link', { name: 'Arbetsgrupp för samhällsorientering' })).toBeInTheDocument();
    expect(groups).toHaveTextContent('till och med 31 december 2026');
    expect(within(figure).getAllByText('Inga forum på denna nivå.').length).toBeGreaterThan(0);
    expect(api.calls('GET', '/api/v1/forum-structure/19')).toHaveLength(1);
  });

  it('shows the county in the address, e.g. Västra Götaland', async () => {
    const api = fakeApi([
      {
        path: /^\/api\/v1\/forum-structure\/\d\d$/,
        respond: () => json({ ...structure, countyCode: '14', countyName: 'Västra Götalands län' }),
      },
      ...baseRoutes(),
    ]);
    renderApp('/forums?county=14');
    expect(await screen.findByRole('figure', { name: /Västra Götalands län/ })).toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/forum-structure/14')).toHaveLength(1);
  });

  it('starts in the first county the caller has a scope in, e.g. a federation coordinator in Västra Götaland', async () => {
    const api = fakeApi([
      {
        path: /^\/api\/v1\/forum-structure\/\d\d$/,
        respond: () => json({ ...structure, countyCode: '14', countyName: 'Västra Götalands län' }),
      },
      ...baseRoutes(session({ scopeCounties: ['14', '19'] })),
    ]);
    renderApp('/forums');
    expect(await screen.findByRole('figure', { name: /Västra Götalands län/ })).toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/forum-structure/14')).toHaveLength(1);
    expect(api.calls('GET', '/api/v1/forum-structure/19')).toHaveLength(0);
  });
});
