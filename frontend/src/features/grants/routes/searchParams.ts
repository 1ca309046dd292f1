export type GrantSearch = { revoked?: boolean };

/** `?revoked=true` shows the revoked grants too. */
export function parseGrantSearch(search: Record<string, unknown>): GrantSearch {
  return { revoked: search.revoked === true || search.revoked === 'true' ? true : undefined };
}
