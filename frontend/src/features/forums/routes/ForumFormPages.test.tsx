import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
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

  it('shows what someone else changed meanwhile and re-applies my changes with the new ETag', async () => {
    const resource = versionedResource(`/api/v1/forums/${ids.integrationsradet}`, { ...forum, version: 4 });
    const api = fakeApi([
      ...resource.routes,
      { path: '/api/v1/forums', respond: () => json({ items: [], total: 0, page: 0, size: 100 }) },
      { path: `/api/v1/forums/${ids.integrationsradet}/meetings`, respond: () => json([]) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/forums/${ids.integrationsradet}/edit`);
    const chair = await screen.findByRole('textbox', { name: 'Ordförande' });
    await user.clear(chair);
    await user.type(chair, 'Landshövding Minna Pyykkö');
    resource.changeMeanwhile({ purposes: [...forum.purposes, 'Dela lägesbilder'] });
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    expect(await conflictRow(/^Syfte/)).toEqual([
      'Gemensam styrning av etableringsarbetet\nDela lägesbilder',
      'Gemensam styrning av etableringsarbetet',
      'Gemensam styrning av etableringsarbetet\nDela lägesbilder',
    ]);
    expect(screen.getByText('Du har ändrat: Ordförande.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument();
    const puts = api.calls('PUT', `/api/v1/forums/${ids.integrationsradet}`);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"4"', '"5"']);
    expect(resource.stored).toMatchObject({
      version: 6,
      chair: 'Landshövding Minna Pyykkö',
      purposes: [...forum.purposes, 'Dela lägesbilder'],
      mandate: forum.mandate,
    });
  });
});
