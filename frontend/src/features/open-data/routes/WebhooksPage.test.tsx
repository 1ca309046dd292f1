import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const WEBHOOK_ID = '7d5c4b2a-1e0f-4a3b-9c8d-000000000001';

const webhook = {
  id: WEBHOOK_ID,
  url: 'https://system.example/hooks/samverkan',
  types: [],
  counties: ['19'],
  account: 'service-account-agency-system',
  status: 'DISABLED',
  consecutiveFailures: 3,
  disabledAt: '2026-12-03T10:00:00Z',
  createdAt: '2026-12-01T10:00:00Z',
  createdBy: 'service-account-agency-system',
  updatedAt: '2026-12-03T10:00:00Z',
  updatedBy: 'system',
  version: 4,
  permissions: { enable: true, delete: true },
};

const delivery = (id: string, status: string) => ({
  id,
  position: 12,
  change: {
    position: 12,
    type: 'AGREEMENT',
    id: '7d5c4b2a-1e0f-4a3b-9c8d-000000000009',
    change: 'UPDATED',
    version: 2,
    at: '2026-12-03T09:00:00Z',
  },
  status,
  attempts: 3,
  createdAt: '2026-12-03T09:00:00Z',
});

const admin = { ...session(), username: 'admin', roles: ['admin'] };

describe('webhooks', () => {
  it('filters the deliveries by status', async () => {
    const api = fakeApi([
      { path: '/api/v1/webhooks', respond: () => json([webhook]) },
      {
        path: `/api/v1/webhooks/${WEBHOOK_ID}/deliveries`,
        respond: (request) =>
          json(
            new URL(request.url).searchParams.get('status') === 'FAILED'
              ? [delivery('d-failed', 'FAILED')]
              : [delivery('d-pending', 'PENDING'), delivery('d-failed', 'FAILED')],
          ),
      },
      ...baseRoutes(admin),
    ]);
    const user = userEvent.setup();
    renderApp('/integrations/webhooks');
    expect(await screen.findByRole('heading', { level: 1, name: 'Webbhooks' })).toBeInTheDocument();
    await user.click(await screen.findByText('Senaste leveranser'));
    expect(await screen.findByRole('cell', { name: 'Väntar' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Visa leveranser/ }));
    await user.click(await screen.findByRole('option', { name: 'Misslyckad' }));
    expect(await screen.findByRole('cell', { name: 'Misslyckad' })).toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: 'Väntar' })).not.toBeInTheDocument();
    const statuses = api
      .calls('GET', `/api/v1/webhooks/${WEBHOOK_ID}/deliveries`)
      .map((request) => new URL(request.url).searchParams.get('status'));
    expect(statuses).toContain('FAILED');
  });

  it('removes a subscription after asking, with the version read', async () => {
    let removed = false;
    const api = fakeApi([
      { path: '/api/v1/webhooks', respond: () => json(removed ? [] : [webhook]) },
      {
        method: 'DELETE',
        path: `/api/v1/webhooks/${WEBHOOK_ID}`,
        respond: () => {
          removed = true;
          return new Response(null, { status: 204 });
        },
      },
      ...baseRoutes(admin),
    ]);
    const user = userEvent.setup();
    renderApp('/integrations/webhooks');
    await user.click(await screen.findByRole('button', { name: /^Ta bort/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Prenumerationen och alla dess leveranser tas bort.');
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Prenumerationen är borttagen.')).toBeInTheDocument();
    expect(await screen.findByText('Inga prenumerationer ännu.')).toBeInTheDocument();
    const [request] = api.calls('DELETE', `/api/v1/webhooks/${WEBHOOK_ID}`);
    expect(request.headers.get('If-Match')).toBe('"4"');
  });
});
