/** Query strings of the funding pages, read leniently: what is not understood is left out. */
export type FundingSearch = { county?: string; year?: number };
export type ProjectsSearch = { county?: string; goalArea?: string; q?: string; page?: number };
export type AccountsSearch = { county?: string; overdue?: boolean };
export type CountySearch = { county?: string };

const county = (value: unknown) => (typeof value === 'string' && /^\d{2}$/.test(value) ? value : undefined);
const year = (value: unknown) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined;
};
const uuid = (value: unknown) =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    ? value
    : undefined;

export function parseFundingSearch(search: Record<string, unknown>): FundingSearch {
  return { county: county(search.county), year: year(search.year) };
}

export function parseProjectsSearch(search: Record<string, unknown>): ProjectsSearch {
  const page = Number(search.page);
  return {
    county: county(search.county),
    goalArea: uuid(search.goalArea),
    q: typeof search.q === 'string' && search.q.trim() ? search.q.slice(0, 200) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export function parseAccountsSearch(search: Record<string, unknown>): AccountsSearch {
  return { county: county(search.county), overdue: search.overdue === 'true' || search.overdue === true || undefined };
}

/** The county a new call or project belongs to. */
export function parseCountySearch(search: Record<string, unknown>): CountySearch {
  return { county: county(search.county) };
}
