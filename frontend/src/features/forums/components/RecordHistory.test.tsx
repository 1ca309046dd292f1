import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { actionItem, forum, ids, meeting, minutes } from '../testData';

const at = '2026-03-02T09:15:00Z';

describe('change history of forums, meetings and action items', () => {
  it('loads a forum’s history only when opened, in Swedish with field labels and translated values', async () => {
    const api = fakeApi([
      { path: `/api/v1/forums/${ids.integrationsradet}`, respond: () => json(forum, { headers: { ETag: '"4"' } }) },
      { path: `/api/v1/forums/${ids.integrationsradet}/meetings`, respond: () => json([]) },
      {
        path: `/api/v1/forums/${ids.integrationsradet}/standing-items`,
        respond: () => json({ items: [], editable: false }),
      },
      {
        path: `/api/v1/forums/${ids.integrationsradet}/history`,
        respond: () =>
          json([
            {
              id: 2,
              at,
              actor: 'anna.admin',
              entityType: 'MEMBER',
              entityId: 'm1',
              action: 'UPDATED',
              summary: 'Updated member Västerås stad',
              changes: [
                { field: 'role', before: 'MANAGER', after: 'EXPERT' },
                {
                  field: 'representatives',
                  before: 'Anna Andersson, Bo Berg (substitute)',
                  after: 'Bo Berg (substitute)',
                },
              ],
            },
            {
              id: 1,
              at,
              actor: 'anna.admin',
              entityType: 'FORUM',
              entityId: ids.integrationsradet,
              action: 'UPDATED',
              summary: 'Updated forum',
              changes: [
                { field: 'level', before: 'LOCAL', after: 'REGIONAL' },
                { field: 'chair', after: 'Landshövdingen' },
              ],
            },
          ]),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/forums/${ids.integrationsradet}`);
    const show = await screen.findByText('Visa ändringarna');
    expect(api.calls('GET', `/api/v1/forums/${ids.integrationsradet}/history`)).toHaveLength(0);
    await user.click(show);
    const list = await screen.findByRole('list', { name: 'Ändringar, den senaste först' });
    const [member, own] = within(list).getAllByRole('article');
    expect(within(member).getByRole('heading', { name: 'En medlem ändrades' })).toBeInTheDocument();
    expect(within(member).getByText(/av anna\.admin/)).toBeInTheDocument();
    const memberRows = within(member)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(memberRows).toEqual([
      'UppgiftFöreEfter',
      'RollChef (beslutar)Sakkunnig (bereder)',
      'RepresentanterAnna Andersson, Bo Berg (ersättare)Bo Berg (ersättare)',
    ]);
    expect(within(own).getByRole('heading', { name: 'Forumet ändrades' })).toBeInTheDocument();
    const ownRows = within(own)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(ownRows).toEqual([
      'UppgiftFöreEfter',
      'NivåLokal nivåRegional nivå (länsövergripande)',
      'OrdförandeEj angivetLandshövdingen',
    ]);
  });

  it('says who may read a meeting’s history when the server refuses the caller', async () => {
    fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
      { path: `/api/v1/meetings/${ids.meeting}/history`, respond: () => problem(403, 'forbidden', 'no') },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    await user.click(await screen.findByText('Visa ändringarna'));
    expect(
      await screen.findByText(
        'Ändringshistoriken visas för forumets deltagare, länets samordnare och administratörer.',
      ),
    ).toBeInTheDocument();
  });

  it('shows an action item’s status change with the status in words and the date as Swedish writes it', async () => {
    fakeApi([
      { path: `/api/v1/action-items/${ids.actionItem}`, respond: () => json(actionItem, { headers: { ETag: '"3"' } }) },
      {
        path: `/api/v1/action-items/${ids.actionItem}/history`,
        respond: () =>
          json([
            {
              id: 9,
              at,
              actor: 'bo.member',
              entityType: 'ACTION_ITEM',
              entityId: ids.actionItem,
              action: 'STATUS_CHANGED',
              summary: 'Status changed',
              changes: [
                { field: 'status', before: 'OPEN', after: 'DONE' },
                { field: 'dueOn', before: '2026-05-31', after: '2026-06-30' },
              ],
            },
          ]),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/action-items/${ids.actionItem}`);
    await user.click(await screen.findByText('Visa ändringarna'));
    const entry = await screen.findByRole('article', { name: 'Uppdragets status ändrades' });
    expect(
      within(entry)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['UppgiftFöreEfter', 'StatusÖppetKlart', 'Senast31 maj 202630 juni 2026']);
  });
});
