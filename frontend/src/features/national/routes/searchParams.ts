/** Query strings of the national pages, read leniently: what is not understood is left out. */
export type NationalSearch = { year?: number; county?: string; page?: number; view?: 'table' };

const whole = (value: unknown, min: number, max: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
};

export function parseNationalSearch(search: Record<string, unknown>): NationalSearch {
  return {
    year: whole(search.year, 2010, 2100),
    county: typeof search.county === 'string' && /^\d{2}$/.test(search.county) ? search.county : undefined,
    page: whole(search.page, 1, 10000),
    view: search.view === 'table' ? 'table' : undefined,
  };
}
