import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allowDownloads, baseRoutes, fakeApi, json, searchesOf } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { indicator, INDICATOR_ID } from '../testData';

const path = `/api/v1/indicators/${INDICATOR_ID}`;

describe('indicator page', () => {
  it('offers the values as CSV for Swedish Excel and as RFC 4180 CSV', async () => {
    allowDownloads();
    const shown = indicator();
    const api = fakeApi([
      { path, respond: () => json(shown, { headers: { ETag: `"${String(shown.version)}"` } }) },
      { path: `${path}/values`, respond: () => json([]) },
      { path: `${path}/values.csv`, respond: () => new Response('year,municipality,gender,value\r\n') },
      ...baseRoutes(),
    ]);
    renderApp(`/follow-up/indicators/${INDICATOR_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ladda ner värdena för Excel (CSV, svenska)' }));
    await user.click(screen.getByRole('button', { name: 'Ladda ner värdena som CSV (RFC 4180)' }));
    await waitFor(() => {
      expect(searchesOf(api, `${path}/values.csv`)).toEqual(['?dialect=excel-sv', '']);
    });
  });
});
