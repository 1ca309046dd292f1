import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import type { Party, PartyInput } from '../types';
import { agreement, AGREEMENT_ID } from '../testData';

const PARTY_ID = '50000000-0000-4000-8000-000000000003';
const partyPath = `/api/v1/agreements/${AGREEMENT_ID}/parties/${PARTY_ID}`;

describe('party editing', () => {
  it('on 412 shows what someone else changed, and re-applies my changes with the new ETag', async () => {
    // The party's ETag is its version, read with the agreement.
    let stored = agreement();
    const party = () => stored.parties.find((candidate) => candidate.id === PARTY_ID) as Party;
    const changeParty = (patch: Partial<Party>) => {
      stored = {
        ...stored,
        parties: stored.parties.map((candidate) =>
          candidate.id === PARTY_ID ? { ...candidate, ...patch, version: candidate.version + 1 } : candidate,
        ),
      };
    };
    const api = fakeApi([
      { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(stored) },
      {
        method: 'PUT',
        path: partyPath,
        respond: async (request) => {
          if (request.headers.get('If-Match') !== `"${party().version}"`)
            return problem(412, 'precondition-failed', 'The party was changed by someone else');
          const input = (await request.clone().json()) as PartyInput;
          changeParty({ role: input.role, signatories: input.signatories, signedOn: input.signedOn });
          return json(party(), { headers: { ETag: `"${party().version}"` } });
        },
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/agreements/${AGREEMENT_ID}/parties/${PARTY_ID}/edit`);
    const signedOn = await screen.findByLabelText(/^Datum för underskrift/);
    await user.clear(signedOn);
    await user.type(signedOn, '2016-06-15');
    changeParty({
      signatories: [
        { name: 'Anders Teljebäck', title: 'Kommunstyrelsens ordförande' },
        { name: 'Jenny Landernäs', title: 'Kommunstyrelsens vice ordförande' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Spara parten' }));

    const both = 'Anders Teljebäck, Kommunstyrelsens ordförande\nJenny Landernäs, Kommunstyrelsens vice ordförande';
    expect(await conflictRow(/^Undertecknare/)).toEqual([both, 'Anders Teljebäck, Kommunstyrelsens ordförande', both]);
    expect(screen.getByText('Du har ändrat: Datum för underskrift.')).toBeInTheDocument();
    await user.click(reapplyButton());
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${AGREEMENT_ID}`));
    const puts = api.calls('PUT', partyPath);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"0"', '"1"']);
    expect(party()).toMatchObject({
      version: 2,
      signedOn: '2016-06-15',
      signatories: [{}, { name: 'Jenny Landernäs' }],
    });
  });
});
