import { searchKinds, type SearchKind } from '../types';

export const PAGE_SIZE = 20;

/** The search page's state in the address bar; `page` is one-based there. */
export type SearchPageSearch = { q?: string; kind?: SearchKind; county?: string; page?: number };

/** Keeps only what is valid, so a hand-edited address never breaks the page. */
export function parseSearchPageSearch(raw: Record<string, unknown>): SearchPageSearch {
  const search: SearchPageSearch = {};
  const q = typeof raw.q === 'string' ? raw.q.trim().slice(0, 200) : '';
  if (q) search.q = q;
  const kind = searchKinds.find((k) => k === raw.kind);
  if (kind) search.kind = kind;
  if (typeof raw.county === 'string' && /^\d{2}$/.test(raw.county)) search.county = raw.county;
  const page = Number(raw.page);
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}
