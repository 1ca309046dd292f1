export type StructureSearch = { county?: string };

/** `?county=19`: only a two-digit county code is kept. */
export function parseStructureSearch(search: Record<string, unknown>): StructureSearch {
  const county = typeof search.county === 'string' && /^\d{2}$/.test(search.county) ? search.county : undefined;
  return { county };
}
