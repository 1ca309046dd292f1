import type { OrganisationQuery } from '../api/getOrganisations';
import { isOrganisationType, type OrganisationType } from '../types';

export const PAGE_SIZE = 20;

export const sortKeys = ['name', '-name', 'type', '-type', 'county', '-county'] as const;
export type SortKey = (typeof sortKeys)[number];

/** The list's state in the address bar; `page` is one-based there, as people count. */
export type OrganisationSearch = {
  q?: string;
  type?: OrganisationType;
  county?: string;
  page?: number;
  sort?: SortKey;
};

/** Keeps only what is valid, so a hand-edited address never breaks the page. */
export function parseOrganisationSearch(raw: Record<string, unknown>): OrganisationSearch {
  const search: OrganisationSearch = {};
  const q = typeof raw.q === 'string' ? raw.q.trim() : '';
  if (q) search.q = q;
  if (isOrganisationType(raw.type)) search.type = raw.type;
  if (typeof raw.county === 'string' && /^\d{2}$/.test(raw.county)) search.county = raw.county;
  const page = Number(raw.page);
  if (Number.isInteger(page) && page > 1) search.page = page;
  if (sortKeys.includes(raw.sort as SortKey) && raw.sort !== 'name') search.sort = raw.sort as SortKey;
  return search;
}

/** The API query for the list's state: zero-based page, fixed page size, name order by default. */
export function buildOrganisationQuery(search: OrganisationSearch): OrganisationQuery {
  const query: OrganisationQuery = {
    page: Math.max((search.page ?? 1) - 1, 0),
    size: PAGE_SIZE,
    sort: search.sort ?? 'name',
  };
  if (search.q) query.q = search.q;
  if (search.type) query.type = search.type;
  if (search.county) query.county = search.county;
  return query;
}

export function pageCount(total: number, size: number): number {
  return Math.max(Math.ceil(total / size), 1);
}
