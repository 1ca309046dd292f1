import { json, problem, type FakeRoute } from '../../test/fakeApi';

/**
 * One part of a strategy page (a finding, an area, an activity, a phase) as the server keeps it: the page's read
 * (`pagePath`, its body `pageOf` the part) shows it, a write to `writePath` with an older ETag is refused (412), one
 * with the current ETag stores the body laid over the part and the version goes up (`write` says otherwise).
 * `changeMeanwhile` is someone else's save.
 */
export function storedPart<T extends { version: number }>(
  initial: T,
  {
    pagePath,
    pageOf,
    writePath,
    write = (stored, body) => ({ ...stored, ...(body as Partial<T>) }),
  }: {
    pagePath: string;
    pageOf: (part: T) => unknown;
    writePath: string;
    write?: (stored: T, body: unknown) => T;
  },
) {
  let stored = initial;
  const routes: FakeRoute[] = [
    { path: pagePath, respond: () => json(pageOf(stored)) },
    {
      method: 'PUT',
      path: writePath,
      respond: async (request: Request) => {
        if (request.headers.get('If-Match') !== `"${stored.version}"`)
          return problem(412, 'precondition-failed', 'The resource has been changed since you read it');
        const body: unknown = await request.clone().json();
        stored = { ...write(stored, body), version: stored.version + 1 };
        return json(stored);
      },
    },
  ];
  return {
    routes,
    /** What is stored now. */
    get stored() {
      return stored;
    },
    changeMeanwhile(patch: Partial<T>) {
      stored = { ...stored, ...patch, version: stored.version + 1 };
    },
  };
}
