export type TokenSearch = { token: string };

/** The signed token of a mail's link (`?token=…`); anything else is no token. */
export function parseTokenSearch(search: Record<string, unknown>): TokenSearch {
  return { token: typeof search.token === 'string' ? search.token : '' };
}
