import { describe, expect, it } from 'vitest';
import { buildOrganisationQuery, pageCount, parseOrganisationSearch } from './searchParams';

describe('parseOrganisationSearch', () => {
  it('keeps valid filters and turns the page into a number', () => {
    expect(
      parseOrganisationSearch({ q: ' Västerås ', type: 'MUNICIPALITY', county: '19', page: '3', sort: '-type' }),
    ).toEqual({
      q: 'Västerås',
      type: 'MUNICIPALITY',
      county: '19',
      page: 3,
      sort: '-type',
    });
  });

  it('drops what a hand-edited address gets wrong', () => {
    expect(
      parseOrganisationSearch({ q: '   ', type: 'CASTLE', county: 'Västmanland', page: '-2', sort: 'size' }),
    ).toEqual({});
    expect(parseOrganisationSearch({ page: '1', sort: 'name' })).toEqual({});
  });
});

describe('buildOrganisationQuery', () => {
  it('sends only the filters that are set, with a zero-based page', () => {
    expect(buildOrganisationQuery({ q: 'Västerås', county: '19', page: 2 })).toEqual({
      q: 'Västerås',
      county: '19',
      page: 1,
      size: 20,
      sort: 'name',
    });
  });

  it('asks for the first page sorted by name by default', () => {
    expect(buildOrganisationQuery({})).toEqual({ page: 0, size: 20, sort: 'name' });
  });

  it('passes the type and sort order', () => {
    expect(buildOrganisationQuery({ type: 'REGION', sort: '-county' })).toMatchObject({
      type: 'REGION',
      sort: '-county',
    });
  });
});

describe('pageCount', () => {
  it('rounds up and is at least one', () => {
    expect(pageCount(41, 20)).toBe(3);
    expect(pageCount(40, 20)).toBe(2);
    expect(pageCount(0, 20)).toBe(1);
  });
});
