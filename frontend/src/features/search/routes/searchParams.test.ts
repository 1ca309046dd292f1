import { describe, expect, it } from 'vitest';
import { hitHref } from '../components/hitHref';
import { parseSearchPageSearch } from './searchParams';

describe('parseSearchPageSearch', () => {
  it('keeps valid values and drops the rest', () => {
    expect(parseSearchPageSearch({ q: '  bostad ', kind: 'DOCUMENT', county: '19', page: '3' })).toEqual({
      q: 'bostad',
      kind: 'DOCUMENT',
      county: '19',
      page: 3,
    });
    expect(parseSearchPageSearch({ q: '', kind: 'PROJECT', county: '1', page: '-2' })).toEqual({});
  });
});

describe('hitHref', () => {
  const hit = { id: 'h', title: 'x', rank: 1 };
  it('leads minutes and decisions to their meeting, goal areas to their agreement', () => {
    expect(hitHref({ ...hit, kind: 'MINUTES', parentId: 'm' })).toBe('/meetings/m');
    expect(hitHref({ ...hit, kind: 'DECISION', parentId: 'm' })).toBe('/meetings/m');
    expect(hitHref({ ...hit, kind: 'GOAL_AREA', parentId: 'a' })).toBe('/agreements/a');
    expect(hitHref({ ...hit, kind: 'DOCUMENT' })).toBe('/documents/h');
  });
});
