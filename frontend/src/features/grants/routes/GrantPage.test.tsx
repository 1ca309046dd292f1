import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const grantId = '6a1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4c';
const federationId = '7b2f3e4d-5c6b-4798-9b9c-0d1e2f3a4b5d';

const grant = {
  id: grantId,
  kind: 'FEDERATION_COORDINATOR',
  subjectType: 'USER',
  subject: 'coordinator.gr',
  subjectName: 'Lena Karlsson',
  countyCode: '14',
  organisationId: federationId,
  organisationName: 'Göteborgsregionens kommunalförbund',
  municipalityCodes: ['1480', '1401'],
  indicatorIds: [],
  indicatorNames: [],
  grantedAt: '2026-11-02T09:00:00Z',
  grantedBy: 'coordinator.vastragotaland',
  revokedAt: '2026-11-20T15:30:00Z',
  revokedBy: 'admin',
  active: false,
  revocable: false,
  version: 3,
};

const history = [
  {
    id: 2,
    at: '2026-11-20T15:30:00Z',
    actor: 'admin',
    entityType: 'GRANT',
    entityId: grantId,
    action: 'STATUS_CHANGED',
    summary: 'Revoked FEDERATION_COORDINATOR of coordinator.gr',
    changes: [],
  },
  {
    id: 1,
    at: '2026-11-02T09:00:00Z',
    actor: 'coordinator.vastragotaland',
    entityType: 'GRANT',
    entityId: grantId,
    action: 'CREATED',
    summary: 'Granted FEDERATION_COORDINATOR to coordinator.gr',
    changes: [],
  },
];

const members = [
  {
    municipalityCode: '1480',
    municipalityName: 'Göteborg',
    provenanceKind: 'INFERRED',
    source: 'vastra-gotaland-2024.txt',
    note: 'Kommunerna namnges inte i källan.',
  },
  { municipalityCode: '1401', municipalityName: 'Härryda', provenanceKind: 'INFERRED', source: null, note: null },
];

describe('grant page', () => {
  it('shows the grant, the federation municipalities it covers marked as inferred, and its log with who and when', async () => {
    fakeApi([
      { path: `/api/v1/grants/${grantId}`, respond: () => json(grant) },
      { path: `/api/v1/grants/${grantId}/history`, respond: () => json(history) },
      { path: `/api/v1/federations/${federationId}/members`, respond: () => json(members) },
      ...baseRoutes(session({ grantCounties: ['14'] })),
    ]);
    renderApp(`/grants/${grantId}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Samordnare för kommunalförbund: Lena Karlsson' }),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: 'Behörigheten' });
    expect(within(table).getByRole('row', { name: /Lena Karlsson/ })).toHaveTextContent('återkallad av admin');
    expect(within(table).queryByRole('link', { name: /Logg/ })).toBeNull();
    expect(
      await screen.findByText(/Förbundets 2 medlemskommuner, som behörigheten gäller: Göteborg, Härryda\./),
    ).toBeVisible();
    expect(screen.getByText('härledd')).toBeVisible();
    const log = screen.getByRole('region', { name: 'Logg' });
    const entries = within(log).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('admin: Revoked FEDERATION_COORDINATOR of coordinator.gr');
    expect(entries[1]).toHaveTextContent(
      'coordinator.vastragotaland: Granted FEDERATION_COORDINATOR to coordinator.gr',
    );
    expect(screen.getByRole('link', { name: /Behörigheter i länet/ })).toHaveAttribute('href', '/counties/14/grants');
  });

  it('says the grant is not there when the API does not show it to the caller', async () => {
    fakeApi([
      { path: `/api/v1/grants/${grantId}`, respond: () => problem(404, 'not-found', 'No such grant') },
      { path: `/api/v1/grants/${grantId}/history`, respond: () => problem(404, 'not-found', 'No such grant') },
      ...baseRoutes(session()),
    ]);
    renderApp(`/grants/${grantId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Behörigheten finns inte' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Min profil' })).toHaveAttribute('href', '/profile');
  });
});
