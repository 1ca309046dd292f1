import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import type { Schemas } from '../../../lib/api';

const id = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1';
const sala = { id: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2', name: 'Sala kommun' };
const koping = { id: 'c3c3c3c3-c3c3-4c3c-8c3c-c3c3c3c3c3c3', name: 'Köpings kommun' };

const application: Schemas['FundingApplication'] = {
  id,
  call: {
    id: 'd4d4d4d4-d4d4-4d4d-8d4d-d4d4d4d4d4d4',
    title: 'Utlysning 2026',
    year: 2026,
    countyCode: '19',
    programme: { id: 'e5e5e5e5-e5e5-4e5e-8e5e-e5e5e5e5e5e5', kind: 'PARAGRAPH_37', name: 'Program' },
  },
  applicant: { id: 'f6f6f6f6-f6f6-4f6f-8f6f-f6f6f6f6f6f6', name: 'Västerås stad' },
  coApplicants: [sala],
  projectName: 'Språkcafé',
  amountApplied: '100000.00',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  status: 'DRAFT',
  links: { goalAreas: [], strategies: [], targetGroups: [] },
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'sara',
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'sara',
  permissions: { update: true, statusChanges: [], decide: false },
};

describe('editing an application', () => {
  it('names a co-applicant that someone else added meanwhile in the conflict table, not by its id', async () => {
    let stored = application;
    fakeApi([
      {
        path: `/api/v1/funding/applications/${id}`,
        respond: () => json(stored, { headers: { ETag: `"${String(stored.version)}"` } }),
      },
      {
        method: 'PUT',
        path: `/api/v1/funding/applications/${id}`,
        respond: () => problem(412, 'precondition-failed', 'The resource has been changed since you read it'),
      },
      ...baseRoutes(session({ grantCounties: ['19'] })),
    ]);
    const user = userEvent.setup();
    renderApp(`/funding/applications/${id}/edit`);
    const name = await screen.findByRole('textbox', { name: /^Projektets namn/ });
    await user.type(name, ' för föräldrar');
    stored = { ...application, coApplicants: [sala, koping], version: 4 }; // someone else saves meanwhile
    await user.click(screen.getByRole('button', { name: 'Spara ansökan' }));

    await screen.findByRole('alert');
    const row = await screen.findByRole('row', { name: /Medsökande/ });
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('Sala kommun, Köpings kommun');
    expect(row).not.toHaveTextContent(koping.id);
  });
});
