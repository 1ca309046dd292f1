/** Query strings of the results report list, read leniently: what is not understood is left out. */
export type ResultsReportsSearch = { county?: string; year?: number };

export function parseResultsReportsSearch(search: Record<string, unknown>): ResultsReportsSearch {
  const year = Number(search.year);
  return {
    county: typeof search.county === 'string' && /^\d{2}$/.test(search.county) ? search.county : undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
  };
}

/** A year in a path, or undefined when it is not one the API knows. */
export function yearOf(value: string): number | undefined {
  const year = Number(value);
  return /^\d{4}$/.test(value) && year >= 2000 && year <= 2100 ? year : undefined;
}
