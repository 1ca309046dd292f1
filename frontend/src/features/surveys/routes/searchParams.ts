/** Query strings of the survey pages, read leniently: what is not understood is left out. */
export type SurveysSearch = { county?: string; national?: boolean };
export type ResultsSearch = { county?: string };

const county = (value: unknown) => (typeof value === 'string' && /^\d{2}$/.test(value) ? value : undefined);

export function parseSurveysSearch(search: Record<string, unknown>): SurveysSearch {
  return {
    county: county(search.county),
    national: search.national === true || search.national === 'true' || undefined,
  };
}

export function parseResultsSearch(search: Record<string, unknown>): ResultsSearch {
  return { county: county(search.county) };
}
