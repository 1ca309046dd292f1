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
