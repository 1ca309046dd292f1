import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, session, present } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { followUpItem, ids } from '../testData';

describe('action item board', () => {
  it('lists the items with overdue said in words, and sends the filters of the address', async () => {
    const api = fakeApi([
      { path: '/api/v1/action-items', respond: () => json({ items: [followUpItem], total: 1, page: 0, size: 25 }) },
      {
        path: '/api/v1/forums',
        respond: () =>
          json({
            items: [
              { id: ids.integrationsradet, name: 'Integrationsrådet', kind: 'FORUM', level: 'REGIONAL', active: true },
            ],
            total: 1,
            page: 0,
            size: 100,
          }),
      },
      ...baseRoutes({ ...session(), organisationId: ids.vasteras, organisationName: 'Västerås stad' } as ReturnType<
        typeof session
      >),
    ]);
    const user = userEvent.setup();
    renderApp('/action-items?county=19&overdue=true');
    expect(await screen.findByRole('heading', { level: 1, name: 'Uppdrag' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Uppdrag' });
    const row = present(within(table).getByRole('link', { name: followUpItem.title }).closest('tr'));
    expect(row).toHaveTextContent('Pågår – försenat');
    expect(row).toHaveTextContent('Integrationsrådet');
    expect(screen.getByText('1 uppdrag')).toBeInTheDocument();
    const first = new URL(api.calls('GET', '/api/v1/action-items')[0].url).searchParams;
    expect(first.get('county')).toBe('19');
    expect(first.get('overdue')).toBe('true');
    expect(first.get('mine')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Min organisations uppdrag (Västerås stad)' }));
    await screen.findByRole('table', { name: 'Uppdrag' });
    const last = new URL(present(api.calls('GET', '/api/v1/action-items').at(-1)).url).searchParams;
    expect(last.get('mine')).toBe('true');
    expect(last.get('overdue')).toBe('true');
  });

  it('opens on the member’s own organisation, and clearing it shows everything', async () => {
    const api = fakeApi([
      { path: '/api/v1/action-items', respond: () => json({ items: [followUpItem], total: 1, page: 0, size: 25 }) },
      ...baseRoutes({
        ...session(),
        roles: ['member'],
        countyCode: undefined,
        organisationId: ids.vasteras,
        organisationName: 'Västerås stad',
      } as unknown as ReturnType<typeof session>),
    ]);
    const user = userEvent.setup();
    renderApp('/action-items');
    const mine = await screen.findByRole('checkbox', { name: 'Min organisations uppdrag (Västerås stad)' });
    await screen.findByRole('table', { name: 'Uppdrag' });
    expect(mine).toBeChecked();
    const calls = api.calls('GET', '/api/v1/action-items');
    expect(calls.map((call) => new URL(call.url).searchParams.get('mine'))).toEqual(['true']);

    await user.click(mine);
    await screen.findByRole('table', { name: 'Uppdrag' });
    expect(mine).not.toBeChecked();
    const last = new URL(present(api.calls('GET', '/api/v1/action-items').at(-1)).url).searchParams;
    expect(last.get('mine')).toBeNull();
  });

  it('opens on the coordinator’s county', async () => {
    const api = fakeApi([
      { path: '/api/v1/action-items', respond: () => json({ items: [], total: 0, page: 0, size: 25 }) },
      { path: '/api/v1/forums', respond: () => json({ items: [], total: 0, page: 0, size: 100 }) },
      ...baseRoutes(session({ grantCounties: ['19'] })),
    ]);
    renderApp('/action-items');
    expect(await screen.findByText('0 uppdrag')).toBeInTheDocument();
    const calls = api.calls('GET', '/api/v1/action-items');
    expect(calls.map((call) => new URL(call.url).searchParams.get('county'))).toEqual(['19']);
  });
});
