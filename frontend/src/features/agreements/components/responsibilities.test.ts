import { describe, expect, it } from 'vitest';
import { goalArea, org } from '../testData';
import { responsibilityEntries } from './responsibilities';

describe('responsibilityEntries', () => {
  it('reads the widest level first, whatever the order they were entered in', () => {
    expect(responsibilityEntries(goalArea.responsibilities, 'RESPONSIBLE')).toMatchObject([
      { organisation: org.lansstyrelsen, levels: ['REGIONAL'], covered: [org.lansstyrelsen] },
      { organisation: org.arbetsformedlingen, levels: ['LOCAL'], covered: [org.arbetsformedlingen] },
    ]);
  });

  it('puts "övriga undertecknande parter" after the named parties, with the parties it covers', () => {
    const entries = responsibilityEntries(goalArea.responsibilities, 'OTHER');
    expect(entries.map((entry) => entry.organisation?.name ?? 'övriga')).toEqual([
      'Civilsamhället Västmanland',
      'övriga',
    ]);
    expect(entries[1].covered).toEqual([org.vasteras, org.koping]);
  });

  it('joins the levels of one party', () => {
    const [entry] = responsibilityEntries(
      [
        { ...goalArea.responsibilities[0], level: 'LOCAL' },
        { ...goalArea.responsibilities[0], id: 'x', level: 'REGIONAL' },
      ],
      'RESPONSIBLE',
    );
    expect(entry.levels).toEqual(['REGIONAL', 'LOCAL']);
  });

  it('keeps a party whose level the agreement does not state, after those with a level, and a collective party by name', () => {
    const entries = responsibilityEntries(
      [
        { ...goalArea.responsibilities[0], id: 'a', level: undefined },
        { ...goalArea.responsibilities[1], id: 'b', level: 'LOCAL' },
        {
          ...goalArea.responsibilities[0],
          id: 'c',
          organisation: undefined,
          coveredOrganisations: [],
          collectiveParty: 'civilsamhället',
          level: undefined,
        },
      ],
      'RESPONSIBLE',
    );
    expect(entries.map((entry) => [entry.organisation?.name ?? entry.collectiveParty, entry.levels])).toEqual([
      [goalArea.responsibilities[1].organisation?.name, ['LOCAL']],
      [goalArea.responsibilities[0].organisation?.name, []],
      ['civilsamhället', []],
    ]);
  });
});
