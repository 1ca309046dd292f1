import { describe, expect, it } from 'vitest';
import { buildAgreementQuery, pageCount, parseAgreementSearch } from './searchParams';

describe('agreement list search', () => {
  it('keeps what is valid in the address and drops the rest', () => {
    expect(
      parseAgreementSearch({
        q: '  bostäder ',
        kind: 'LOCAL',
        county: '19',
        status: 'ADOPTED',
        year: '2026',
        targetGroup: 'UNACCOMPANIED_MINORS',
        sort: 'title',
        page: '3',
      }),
    ).toEqual({
      q: 'bostäder',
      kind: 'LOCAL',
      county: '19',
      status: 'ADOPTED',
      year: 2026,
      targetGroup: 'UNACCOMPANIED_MINORS',
      sort: 'title',
      page: 3,
    });
    expect(
      parseAgreementSearch({
        kind: 'LÖK',
        county: 'Västmanland',
        status: 'x',
        year: 'i år',
        targetGroup: 'alla',
        sort: 'name',
        page: '0',
      }),
    ).toEqual({});
  });

  it('builds the API query: zero-based page, fixed size, filters as given', () => {
    expect(
      buildAgreementQuery({
        kind: 'REGIONAL',
        county: '14',
        status: 'EXPIRED',
        year: 2021,
        targetGroup: 'FOREIGN_BORN',
        page: 2,
      }),
    ).toEqual({
      page: 1,
      size: 20,
      sort: '-firstYear',
      kind: 'REGIONAL',
      county: '14',
      status: 'EXPIRED',
      year: 2021,
      targetGroup: 'FOREIGN_BORN',
    });
  });

  it('orders by relevance only when searching, newest period first otherwise', () => {
    expect(buildAgreementQuery({ q: 'hälsa' }).sort).toBe('relevance');
    expect(buildAgreementQuery({}).sort).toBe('-firstYear');
    expect(buildAgreementQuery({ sort: 'relevance' }).sort).toBe('-firstYear');
    expect(buildAgreementQuery({ q: 'hälsa', sort: 'title' }).sort).toBe('title');
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});
