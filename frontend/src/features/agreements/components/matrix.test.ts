import { describe, expect, it } from 'vitest';
import { agreement, org } from '../testData';
import { buildMatrix } from './matrix';

describe('buildMatrix', () => {
  it('has the parties as columns, then named organisations that are not parties', () => {
    const matrix = buildMatrix(agreement());
    expect(matrix.columns.map((column) => column.name)).toEqual([
      org.lansstyrelsen.name,
      org.arbetsformedlingen.name,
      org.vasteras.name,
      org.koping.name,
      org.civil.name,
    ]);
  });

  it('groups the parties by kind, keeping the agreement’s order within a group', () => {
    const document = agreement();
    // The municipality first in the agreement: it still comes after the county board and the agency.
    document.parties = [document.parties[3], ...document.parties.slice(0, 3)];
    const matrix = buildMatrix(document);
    expect(matrix.columns.map((column) => column.name)).toEqual([
      org.lansstyrelsen.name,
      org.arbetsformedlingen.name,
      org.koping.name,
      org.vasteras.name,
      org.civil.name,
    ]);
    expect(matrix.groups).toEqual([
      { group: 'COUNTY_ADMINISTRATIVE_BOARD', span: 1 },
      { group: 'STATE_AGENCY', span: 1 },
      { group: 'MUNICIPALITY', span: 2 },
      { group: 'NOT_PARTY', span: 1 },
    ]);
  });

  it('resolves "övriga undertecknande parter" to the parties it covers', () => {
    const [row] = buildMatrix(agreement()).rows;
    expect(row.cells).toEqual([
      [{ kind: 'RESPONSIBLE', level: 'REGIONAL', viaAllOthers: false }],
      [{ kind: 'RESPONSIBLE', level: 'LOCAL', viaAllOthers: false }],
      [{ kind: 'OTHER', level: 'REGIONAL', viaAllOthers: true }],
      [{ kind: 'OTHER', level: 'REGIONAL', viaAllOthers: true }],
      [{ kind: 'OTHER', level: 'LOCAL', viaAllOthers: false }],
    ]);
  });
});
