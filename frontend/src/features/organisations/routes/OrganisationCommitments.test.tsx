import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, vasteras } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const agreementId = '3f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const forumId = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const itemId = 'c1d2e3f4-a5b6-4c7d-8e9f-a0b1c2d3e4f5';

const commitments = {
  organisationId: vasteras.id,
  agreements: [
    {
      id: agreementId,
      title: 'Överenskommelse om nyanländas etablering i Västmanland',
      kind: 'REGIONAL',
      status: 'ADOPTED',
      firstYear: 2024,
      lastYear: 2027,
      role: 'SIGNATORY',
    },
  ],
  responsibilities: [
    {
      agreementId,
      agreementTitle: 'Överenskommelse om nyanländas etablering i Västmanland',
      goalAreaId: 'a1',
      goalAreaNumber: '1',
      goalAreaTitle: 'Arbete',
      level: 'LOCAL',
      kind: 'RESPONSIBLE',
      allOtherSignatories: false,
    },
    {
      agreementId,
      agreementTitle: 'Överenskommelse om nyanländas etablering i Västmanland',
      goalAreaId: 'a2',
      goalAreaNumber: '2',
      goalAreaTitle: 'Bosättning',
      level: 'REGIONAL',
      kind: 'OTHER',
      qualifier: 'genom projekt Bosättning Västmanland',
      allOtherSignatories: true,
    },
  ],
  forums: [
    { id: forumId, name: 'Regionalt samråd', kind: 'FORUM', level: 'REGIONAL', role: 'MANAGER', convener: false },
  ],
  actionItems: [
    {
      id: itemId,
      title: 'Ta fram lägesbild för bosättning',
      dueOn: '2024-03-31',
      status: 'OPEN',
      overdue: true,
      forumId,
      forumName: 'Regionalt samråd',
    },
  ],
  truncated: false,
};

describe('organisation commitments', () => {
  it('lists agreements, responsibilities per goal area and level, forums and open action items with links', async () => {
    fakeApi([
      { path: `/api/v1/organisations/${vasteras.id}`, respond: () => json(vasteras, { headers: { ETag: '"3"' } }) },
      { path: `/api/v1/organisations/${vasteras.id}/commitments`, respond: () => json(commitments) },
      { path: `/api/v1/organisations/${vasteras.id}/history`, respond: () => json([]) },
      ...baseRoutes(),
    ]);
    renderApp(`/organisations/${vasteras.id}`);
    const section = await screen.findByRole('region', { name: 'Åtaganden' });

    const agreements = await within(section).findByRole('table', {
      name: 'Överenskommelser där organisationen är part',
    });
    expect(within(agreements).getByRole('link', { name: commitments.agreements[0].title })).toHaveAttribute(
      'href',
      `/agreements/${agreementId}`,
    );
    expect(within(agreements).getByText('2024–2027')).toBeInTheDocument();
    expect(within(agreements).getByText('Antagen')).toBeInTheDocument();
    expect(within(agreements).getByText('Undertecknande part')).toBeInTheDocument();

    const responsibilities = within(section).getByRole('table', {
      name: `Organisationens ansvar i ${commitments.agreements[0].title} per målområde och nivå`,
    });
    const rows = within(responsibilities).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('rowheader', { name: '1 Arbete' })).toBeInTheDocument();
    expect(within(rows[0]).getByText('Lokal nivå')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Ansvarig part')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Övrig part (som en av övriga undertecknande parter)')).toBeInTheDocument();
    expect(within(rows[1]).getByText('genom projekt Bosättning Västmanland')).toBeInTheDocument();

    const forums = within(section).getByRole('heading', { level: 3, name: 'Forum' });
    expect(forums).toBeInTheDocument();
    const forumLink = within(section).getAllByRole('link', { name: 'Regionalt samråd' })[0];
    expect(forumLink).toHaveAttribute('href', `/forums/${forumId}`);
    expect(within(section).getByText(/Chef \(beslutar\)/)).toBeInTheDocument();

    const items = within(section).getByRole('table', { name: 'Öppna åtgärdspunkter som organisationen äger' });
    expect(within(items).getByRole('link', { name: 'Ta fram lägesbild för bosättning' })).toHaveAttribute(
      'href',
      `/action-items/${itemId}`,
    );
    expect(within(items).getByText(/31 mars 2024/)).toBeInTheDocument();
    expect(within(items).getByText('Försenad')).toBeInTheDocument();
  });

  it('says so when the organisation has no commitments the visitor can see', async () => {
    fakeApi([
      { path: `/api/v1/organisations/${vasteras.id}`, respond: () => json(vasteras, { headers: { ETag: '"3"' } }) },
      {
        path: `/api/v1/organisations/${vasteras.id}/commitments`,
        respond: () =>
          json({
            organisationId: vasteras.id,
            agreements: [],
            responsibilities: [],
            forums: [],
            actionItems: [],
            truncated: false,
          }),
      },
      { path: `/api/v1/organisations/${vasteras.id}/history`, respond: () => json([]) },
      ...baseRoutes(),
    ]);
    renderApp(`/organisations/${vasteras.id}`);
    const section = await screen.findByRole('region', { name: 'Åtaganden' });
    expect(
      await within(section).findByText('Organisationen är inte part i någon överenskommelse som du kan se.'),
    ).toBeInTheDocument();
    expect(
      within(section).getByText('Organisationen äger inga öppna åtgärdspunkter som du kan se.'),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });
});
