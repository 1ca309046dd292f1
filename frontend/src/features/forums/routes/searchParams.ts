import { actionItemStatuses, type ActionItemStatus } from '../types';

export type StructureSearch = { county?: string };

/** `?county=19`: only a two-digit county code is kept. */
export function parseStructureSearch(search: Record<string, unknown>): StructureSearch {
  const county = typeof search.county === 'string' && /^\d{2}$/.test(search.county) ? search.county : undefined;
  return { county };
}

export type BoardSearch = {
  county?: string;
  forum?: string;
  status?: ActionItemStatus;
  overdue?: boolean;
  mine?: boolean;
  /** Chosen "everything": the caller's own organisation or county is not filled in as the default. */
  all?: boolean;
  page?: number;
};

/** `?county=19&forum=…&status=OPEN&overdue=true&mine=true&all=true&page=2`; anything else is dropped. */
export function parseBoardSearch(search: Record<string, unknown>): BoardSearch {
  const text = (key: string) => {
    const value = search[key];
    return typeof value === 'string' ? value : undefined;
  };
  const flag = (key: string) => (search[key] === 'true' || search[key] === true ? true : undefined);
  const status = text('status');
  const page = Number(text('page'));
  return {
    county: parseStructureSearch(search).county,
    forum: /^[0-9a-f-]{36}$/i.test(text('forum') ?? '') ? text('forum') : undefined,
    status: actionItemStatuses.includes(status as ActionItemStatus) ? (status as ActionItemStatus) : undefined,
    overdue: flag('overdue'),
    mine: flag('mine'),
    all: flag('all'),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/** Whether the board's address chooses anything at all (then the caller's default is not applied). */
export function choosesFilter(search: BoardSearch): boolean {
  return !!(search.county ?? search.forum ?? search.status ?? search.overdue ?? search.mine ?? search.all);
}

/**
 * Where the board opens: a coordinator on the county they coordinate, a member on their own organisation's items,
 * anyone else (admins, national readers) on everything they may see. The defaults stay changeable: clearing every
 * filter leads to `all`.
 */
export function boardDefaults(me: {
  authenticated: boolean;
  organisationId?: string | null;
  permissions: { grantCounties: string[] };
}): BoardSearch {
  if (!me.authenticated) return {};
  const [county, ...more] = me.permissions.grantCounties;
  if (county && more.length === 0) return { county };
  if (me.organisationId) return { mine: true };
  return {};
}
