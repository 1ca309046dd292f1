import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allowDownloads, baseRoutes, fakeApi, json, searchesOf, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

describe('national results page', () => {
  it('offers the compilation as CSV for Swedish Excel and as RFC 4180 CSV', async () => {
    allowDownloads();
    const api = fakeApi([
      { path: '/api/v1/national-results/2025', respond: () => json({ year: 2025, counties: [], assignments: [] }) },
      { path: '/api/v1/national-results/2025.csv', respond: () => new Response('year\r\n') },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp('/national-results/2025');
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Ladda ner sammanställningen för Excel (CSV, svenska)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Ladda ner sammanställningen som CSV (RFC 4180)' }));
    await waitFor(() => {
      expect(searchesOf(api, '/api/v1/national-results/2025.csv')).toEqual(['?dialect=excel-sv', '']);
    });
  });
});
