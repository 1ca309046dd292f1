import type { AgreementQuery } from '../api/getAgreements';
import {
  isAgreementKind,
  isAgreementStatus,
  isTargetGroup,
  type AgreementKind,
  type AgreementStatus,
  type TargetGroup,
} from '../types';

export const PAGE_SIZE = 20;

export const sortKeys = ['relevance', 'title', '-title', '-firstYear', 'firstYear', '-updatedAt', 'updatedAt'] as const;
export type SortKey = (typeof sortKeys)[number];

/** The list's state in the address bar; `page` is one-based there, as people count. */
export type AgreementSearch = {
  q?: string;
  kind?: AgreementKind;
  county?: string;
  status?: AgreementStatus;
  /** In force in this year. */
  year?: number;
  targetGroup?: TargetGroup;
  sort?: SortKey;
  page?: number;
};

/** Keeps only what is valid, so a hand-edited address never breaks the page. */
export function parseAgreementSearch(raw: Record<string, unknown>): AgreementSearch {
  const search: AgreementSearch = {};
  const q = typeof raw.q === 'string' ? raw.q.trim() : '';
  if (q) search.q = q;
  if (isAgreementKind(raw.kind)) search.kind = raw.kind;
  if (typeof raw.county === 'string' && /^\d{2}$/.test(raw.county)) search.county = raw.county;
  if (isAgreementStatus(raw.status)) search.status = raw.status;
  const year = Number(raw.year);
  if (Number.isInteger(year) && year >= 1990 && year <= 2100) search.year = year;
  if (isTargetGroup(raw.targetGroup)) search.targetGroup = raw.targetGroup;
  if (sortKeys.includes(raw.sort as SortKey)) search.sort = raw.sort as SortKey;
  const page = Number(raw.page);
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

/** The order used when none is chosen: best match when searching, otherwise the newest period first. */
export function defaultSort(search: Pick<AgreementSearch, 'q'>): SortKey {
  return search.q ? 'relevance' : '-firstYear';
}

/** The API query for the list's state: zero-based page, fixed page size; relevance only means something with a search. */
export function buildAgreementQuery(search: AgreementSearch): AgreementQuery {
  const sort = search.sort === 'relevance' && !search.q ? undefined : search.sort;
  const query: AgreementQuery = {
    page: Math.max((search.page ?? 1) - 1, 0),
    size: PAGE_SIZE,
    sort: sort ?? defaultSort(search),
  };
  if (search.q) query.q = search.q;
  if (search.kind) query.kind = search.kind;
  if (search.county) query.county = search.county;
  if (search.status) query.status = search.status;
  if (search.year) query.year = search.year;
  if (search.targetGroup) query.targetGroup = search.targetGroup;
  return query;
}

export function pageCount(total: number, size: number): number {
  return Math.max(Math.ceil(total / size), 1);
}

/** `?with=<id>`: the other version. */
export function parseCompareSearch(raw: Record<string, unknown>): { with?: string } {
  return typeof raw.with === 'string' && /^[0-9a-f-]{36}$/i.test(raw.with) ? { with: raw.with } : {};
}

/** `?year=2026`: the year whose focus is edited. */
export function parseFocusSearch(raw: Record<string, unknown>): { year?: number } {
  const year = Number(raw.year);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? { year } : {};
}

/** The new-agreement page's address: `under` is the RÖK a new LÖK starts under ("new LÖK" on an adopted RÖK). */
export type NewAgreementSearch = { under?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseNewAgreementSearch(raw: Record<string, unknown>): NewAgreementSearch {
  return typeof raw.under === 'string' && UUID.test(raw.under) ? { under: raw.under } : {};
}
