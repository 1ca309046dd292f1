import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, historyEntry, json, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const ID = '60000000-0000-4000-8000-000000000001';

const programme = {
  id: ID,
  kind: 'PARAGRAPH_37A',
  name: 'Utvecklingsmedel § 37a',
  legalBasis: { sfs: '2010:1122' },
  managingAuthority: 'Länsstyrelsen',
  version: 2,
  createdAt: '2026-01-10T08:00:00Z',
  createdBy: 'admin',
  updatedAt: '2026-02-01T12:00:00Z',
  updatedBy: 'admin',
  canUpdate: false,
};

const subject = { entityType: 'FUNDING_PROGRAMME', entityId: ID };
const history = [
  historyEntry(2, '2026-02-01T12:00:00Z', subject, 'UPDATED', 'Updated programme', {
    changes: [
      { field: 'kind', before: 'PARAGRAPH_37', after: 'PARAGRAPH_37A' },
      { field: 'managingAuthority', before: undefined, after: 'Länsstyrelsen' },
    ],
  }),
  historyEntry(1, '2026-01-10T08:00:00Z', subject, 'CREATED', 'Created programme'),
];

describe('programme history', () => {
  it('lists the changes newest first, with who, and the fields in words (public, as the programme is)', async () => {
    fakeApi([
      { path: `/api/v1/funding/programmes/${ID}`, respond: () => json(programme, { headers: { ETag: '"2"' } }) },
      { path: `/api/v1/funding/programmes/${ID}/history`, respond: () => json(history) },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp(`/funding/programmes/${ID}/history`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ändringar av programmet Utvecklingsmedel § 37a' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Ändringar, den senaste först' });
    const entries = within(list).getAllByRole('article');
    expect(entries.map((entry) => within(entry).getByRole('heading').textContent)).toEqual([
      'Programmet ändrades',
      'Programmet registrerades',
    ]);
    expect(within(entries[0]).getByText(/av admin/)).toBeInTheDocument();
    const rows = within(entries[0])
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['Slag', '§ 37', '§ 37a'],
      ['Förvaltande myndighet', 'Ej angivet', 'Länsstyrelsen'],
    ]);
  });
});
