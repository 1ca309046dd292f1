import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import type { Document } from '../types';

const id = '6f1c2a9e-3b7d-4c55-9e0a-0d1b2c3d4e5f';
const link: Document = {
  id,
  owner: { type: 'MEETING', id: '1d7e8f90-1111-4222-8333-944455566677', title: 'Integrationsrådet 10 juni' },
  type: 'LINK',
  title: 'Länsstyrelsens lägesbild',
  kind: 'REPORT',
  language: 'sv',
  visibility: 'PUBLIC',
  url: 'https://www.lansstyrelsen.se/vastmanland',
  versions: [],
  version: 2,
  createdAt: '2026-05-01T10:00:00Z',
  createdBy: 'coordinator.vastmanland',
  updatedAt: '2026-05-01T10:00:00Z',
  updatedBy: 'coordinator.vastmanland',
  permissions: { update: true, newVersion: false, delete: true },
};

describe('edit document', () => {
  it('shows what someone else changed meanwhile and re-applies my changes with the new ETag', async () => {
    const resource = versionedResource(`/api/v1/documents/${id}`, link);
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    const { router } = renderApp(`/documents/${id}/edit`);
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await user.clear(title);
    await user.type(title, 'Lägesbild etablering 2026');
    resource.changeMeanwhile({ visibility: 'INTERNAL' });
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await conflictRow(/^Vem får se det/)).toEqual(['Internt', 'Offentligt', 'Internt']);
    expect(screen.getByText('Du har ändrat: Titel.')).toBeInTheDocument();
    await user.click(reapplyButton());
    await waitFor(() => expect(router.state.location.pathname).toBe(`/documents/${id}`));
    const puts = api.calls('PUT', `/api/v1/documents/${id}`);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(resource.stored).toMatchObject({
      title: 'Lägesbild etablering 2026',
      visibility: 'INTERNAL',
      url: link.url,
    });
  });
});
