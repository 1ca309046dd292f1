import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { indicator, INDICATOR_ID } from '../testData';

const path = `/api/v1/indicators/${INDICATOR_ID}`;

function status(overrides: Record<string, unknown> = {}) {
  return {
    indicatorId: INDICATOR_ID,
    enabled: true,
    kpi: 'N00914',
    scheduled: true,
    canFetch: true,
    fetches: [
      {
        id: 'f-1',
        kpi: 'N00914',
        trigger: 'SCHEDULED',
        requestedBy: 'kolada-schedule',
        startedAt: '2026-12-03T02:30:00Z',
        finishedAt: '2026-12-03T02:30:02Z',
        outcome: 'FAILED',
        pages: 0,
        rowsReceived: 0,
        valuesStored: 0,
        error: 'HTTP_STATUS',
        httpStatus: 503,
      },
    ],
    version: 6,
    ...overrides,
  };
}

function routes(kolada: ReturnType<typeof status>) {
  return [
    { path, respond: () => json(indicator({ source: 'KOLADA', koladaKpi: 'N00914' }), { headers: { ETag: '"6"' } }) },
    { path: `${path}/values`, respond: () => json([]) },
    { path: `${path}/kolada`, respond: () => json(kolada) },
    ...baseRoutes(),
  ];
}

describe('Kolada on the indicator page', () => {
  it('says that fetching is switched off and offers no fetch', async () => {
    fakeApi(routes(status({ enabled: false, scheduled: false, canFetch: false, fetches: [] })));
    renderApp(`/follow-up/indicators/${INDICATOR_ID}`);
    expect(await screen.findByText('Hämtning från Kolada är avstängd')).toBeInTheDocument();
    expect(screen.getByText('Inga hämtningar ännu.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hämta från Kolada nu' })).not.toBeInTheDocument();
  });

  it('lists the latest fetches and fetches now with the version read', async () => {
    const api = fakeApi([
      {
        method: 'POST',
        path: `${path}/kolada/fetch`,
        respond: () =>
          json(
            { ...status().fetches[0], id: 'f-2', trigger: 'MANUAL', outcome: 'SUCCEEDED', valuesStored: 12 },
            { headers: { ETag: '"7"' } },
          ),
      },
      ...routes(status()),
    ]);
    const user = userEvent.setup();
    renderApp(`/follow-up/indicators/${INDICATOR_ID}`);
    expect(await screen.findByText('Värdena hämtas från Kolada varje natt och när du ber om det.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Senaste hämtningar' });
    expect(table).toHaveTextContent('Nattlig hämtning');
    expect(table).toHaveTextContent('Kolada svarade med ett fel. · HTTP 503');

    await user.click(screen.getByRole('button', { name: 'Hämta från Kolada nu' }));
    expect(await screen.findByText('12 värden hämtade från Kolada')).toBeInTheDocument();
    await waitFor(() => expect(api.calls('POST', `${path}/kolada/fetch`)).toHaveLength(1));
    expect(api.calls('POST', `${path}/kolada/fetch`)[0].headers.get('If-Match')).toBe('"6"');
  });
});
