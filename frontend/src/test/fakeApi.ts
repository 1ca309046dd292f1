import { vi } from 'vitest';

export type FakeRoute = {
  method?: string;
  /** Path without query, e.g. `/api/v1/organisations`, or a pattern. */
  path: string | RegExp;
  respond: (request: Request) => Response | Promise<Response>;
};

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

export function problem(
  status: number,
  slug: string,
  detail: string,
  errors?: { field: string; message: string }[],
): Response {
  return new Response(JSON.stringify({ type: `urn:samverkan:problem:${slug}`, title: slug, status, detail, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** Replaces the global fetch with one answering from the routes; records every request. */
export function fakeApi(routes: FakeRoute[]) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    // A download asks for a path of the app's own origin (the browser resolves it; Node's Request does not).
    const request = input instanceof Request ? input : new Request(new URL(input, location.origin), init);
    requests.push(request);
    const url = new URL(request.url);
    const route = routes.find(
      (candidate) =>
        (candidate.method ?? 'GET') === request.method &&
        (typeof candidate.path === 'string' ? candidate.path === url.pathname : candidate.path.test(url.pathname)),
    );
    if (!route) return problem(404, 'not-found', `No fake for ${request.method} ${url.pathname}`);
    return route.respond(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    /** The requests to a path, with their query parameters. */
    calls: (method: string, path: string) =>
      requests.filter((request) => request.method === method && new URL(request.url).pathname === path),
  };
}

export const counties = [
  { code: '19', name: 'Västmanlands län' },
  { code: '14', name: 'Västra Götalands län' },
];

export const municipalities = [
  { code: '1980', name: 'Västerås', countyCode: '19' },
  { code: '1983', name: 'Köping', countyCode: '19' },
];

export function session(
  overrides: Partial<{
    authenticated: boolean;
    createOrganisation: boolean;
    createAgreement: boolean;
    countyCode: string;
    grantCounties: string[];
    agreementCounties: string[];
    localAgreementMunicipalities: string[];
    scopeCounties: string[];
    nationalGrants: boolean;
  }> = {},
) {
  const createAgreement = overrides.createAgreement ?? overrides.createOrganisation ?? true;
  return {
    authenticated: overrides.authenticated ?? true,
    username: 'coordinator.vastmanland',
    name: 'Karin Samordnare',
    roles: ['coordinator'],
    countyCode: overrides.countyCode ?? '19',
    permissions: {
      createOrganisation: overrides.createOrganisation ?? true,
      createAgreement,
      grantCounties: overrides.grantCounties ?? [],
      // A coordinator creates every kind in their county.
      agreementCounties: overrides.agreementCounties ?? (createAgreement ? [overrides.countyCode ?? '19'] : []),
      localAgreementMunicipalities: overrides.localAgreementMunicipalities ?? [],
      scopeCounties: overrides.scopeCounties ?? [overrides.countyCode ?? '19'],
      nationalGrants: overrides.nationalGrants ?? false,
    },
  };
}

export const vasteras = {
  id: '7a1c4a3e-3a8e-4a55-9b65-1b2f4f6c0d11',
  name: 'Västerås stad',
  type: 'MUNICIPALITY',
  organisationNumber: '2120002080',
  countyCode: '19',
  countyName: 'Västmanlands län',
  municipalityCode: '1980',
  municipalityName: 'Västerås',
  website: 'https://www.vasteras.se',
  mandate: 'Ansvarar för mottagande och samhällsorientering.',
  children: [],
  version: 3,
  createdAt: '2024-01-15T09:30:00Z',
  createdBy: 'admin',
  updatedAt: '2024-02-01T12:00:00Z',
  updatedBy: 'coordinator.vastmanland',
  permissions: { update: true, delete: true },
};

/** Routes every page needs: session and reference data. */
export function baseRoutes(me = session()): FakeRoute[] {
  return [
    { path: '/api/v1/me', respond: () => json(me) },
    { path: '/api/v1/counties', respond: () => json(counties) },
    {
      path: '/api/v1/municipalities',
      respond: (request) =>
        json(municipalities.filter((m) => m.countyCode === new URL(request.url).searchParams.get('county'))),
    },
    { path: '/api/v1/organisations', respond: () => json({ items: [], total: 0, page: 0, size: 20 }) },
    // The attachments section that pages with documents show: none attached, nothing to attach.
    {
      path: '/api/v1/documents',
      respond: (request) => {
        const query = new URL(request.url).searchParams;
        return json({
          owner: { type: query.get('ownerType'), id: query.get('ownerId'), title: '' },
          items: [],
          canAttach: false,
        });
      },
    },
  ];
}

/** The value a test expects to be there; fails the test with what was missing instead of a TypeError later. */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what} to be present`);
  return value;
}

/** Lets `downloadFile` hand a file to the browser under jsdom, which has no object URLs. */
export function allowDownloads() {
  URL.createObjectURL = () => 'blob:download';
  URL.revokeObjectURL = () => undefined;
}

/** The query strings of the GET requests to a path, in order: which variant of an export each download asked for. */
export function searchesOf(api: ReturnType<typeof fakeApi>, path: string): string[] {
  return api.calls('GET', path).map((request) => new URL(request.url).search);
}

/** A JSON answer with the ETag of the version it shows (`"3"` for version 3), as a read of one record has. */
export function versioned(body: unknown, version: number | string): Response {
  return json(body, { headers: { ETag: `"${String(version)}"` } });
}

/** A refusal by one of the domain's rules (409 unless told), the rule named as the API names it. */
export function ruleRefusal(rule: string, { status = 409, slug = 'conflict', detail = rule } = {}): Response {
  return new Response(JSON.stringify({ type: `urn:samverkan:problem:${slug}`, title: slug, status, detail, rule }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

type Change = { field: string; before?: string | null; after?: string | null };

/** A history entry as the API lists it; `by` and `changes` default to an administrator and none. */
export function historyEntry(
  id: number,
  at: string,
  subject: { entityType: string; entityId: string },
  action: string,
  summary: string,
  { actor = 'admin', changes = [], ...more }: { actor?: string; changes?: Change[]; [key: string]: unknown } = {},
) {
  return { id, at, actor, ...subject, action, summary, changes, ...more };
}

/** The query parameters of the `index`th GET request to a path, as an object. */
export function queryOf(api: ReturnType<typeof fakeApi>, path: string, index = 0): Record<string, string> {
  return Object.fromEntries(new URL(api.calls('GET', path)[index].url).searchParams);
}
