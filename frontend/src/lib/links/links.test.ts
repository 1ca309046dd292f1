import { describe, expect, it } from 'vitest';
import { linkTo, paths, toAgreementCompare, toEditParty, toForums } from './links';

describe('links', () => {
  it('fills in and encodes the parameters', () => {
    expect(toEditParty({ id: 'a 1', partyId: 'p/2' })).toBe('/agreements/a%201/parties/p%2F2/edit');
    expect(linkTo(paths.round, { roundId: 'r1' })).toBe('/follow-up/rounds/r1');
  });

  it('adds a query string without empty values', () => {
    expect(toAgreementCompare({ id: 'a1' }, { with: 'a0' })).toBe('/agreements/a1/compare?with=a0');
    expect(toForums({ county: 19, q: '', page: undefined })).toBe('/forums?county=19');
  });
});
