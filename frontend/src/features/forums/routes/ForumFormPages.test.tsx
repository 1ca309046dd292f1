import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { forum, ids } from '../testData';

describe('forum form', () => {
  it('saves the forum with the ETag it read, keeping mandate, purposes and agreements', async () => {
    let version = 4;
    const api = fakeApi([
      {
        path: `/api/v1/forums/${ids.integrationsradet}`,
        respond: () => json({ ...forum, version }, { headers: { ETag: `"${version}"` } }),
      },
      { path: '/api/v1/forums', respond: () => json({ items: [], total: 0, page: 0, size: 100 }) },
      { path: `/api/v1/forums/${ids.integrationsradet}/meetings`, respond: () => json([]) },
      {
        method: 'PUT',
        path: `/api/v1/forums/${ids.integrationsradet}`,
        respond: () => {
          version = 5;
          return json({ ...forum, chair: 'Landshövding Minna Pyykkö', version }, { headers: { ETag: '"5"' } });
        },
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/forums/${ids.integrationsradet}/edit`);
    const chair = await screen.findByRole('textbox', { name: 'Ordförande' });
    await user.clear(chair);
    await user.type(chair, 'Landshövding Minna Pyykkö');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument();
    const [request] = api.calls('PUT', `/api/v1/forums/${ids.integrationsradet}`);
    expect(request.headers.get('If-Match')).toBe('"4"');
    const body: unknown = await request.json();
    expect(body).toMatchObject({
      name: 'Integrationsrådet',
      chair: 'Landshövding Minna Pyykkö',
      mandate: forum.mandate,
      purposes: forum.purposes,
      agreementIds: ['a1'],
      countyCode: '19',
    });
  });

  it('says so when someone else changed the forum meanwhile, and offers the latest version', async () => {
    fakeApi([
      { path: `/api/v1/forums/${ids.integrationsradet}`, respond: () => json(forum, { headers: { ETag: '"4"' } }) },
      { path: '/api/v1/forums', respond: () => json({ items: [], total: 0, page: 0, size: 100 }) },
      {
        method: 'PUT',
        path: `/api/v1/forums/${ids.integrationsradet}`,
        respond: () => problem(412, 'stale', 'changed'),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/forums/${ids.integrationsradet}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Spara ändringarna' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    expect(alert).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Läs in senaste versionen' })).toBeInTheDocument();
  });
});
