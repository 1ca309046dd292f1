import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { json, problem, type FakeRoute } from './fakeApi';

/**
 * One stored thing behind GET and a write that checks If-Match as the server does: a write with an older ETag is
 * refused (412), one with the current ETag is stored as `write` says (by default the body laid over it) and the
 * version goes up; `writePath` is where the write goes when it is not the thing's own path (a step such as
 * `…/status`). `changeMeanwhile` is someone else's save.
 */
export function versionedResource<T extends { version: number }>(
  path: string,
  initial: T,
  {
    method = 'PUT',
    writePath = path,
    write = (stored, body) => ({ ...stored, ...(body as Partial<T>) }),
  }: { method?: string; writePath?: string; write?: (stored: T, body: unknown) => T } = {},
) {
  let stored = initial;
  const respond = () => json(stored, { headers: { ETag: `"${stored.version}"` } });
  const routes: FakeRoute[] = [
    { path, respond },
    {
      method,
      path: writePath,
      respond: async (request: Request) => {
        if (request.headers.get('If-Match') !== `"${stored.version}"`)
          return problem(412, 'precondition-failed', 'The resource has been changed since you read it');
        const body: unknown = await request.clone().json();
        stored = { ...write(stored, body), version: stored.version + 1 };
        return respond();
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

/** The conflict screen's row of a field: what is stored now, what is in my form, what re-applying stores. */
export async function conflictRow(field: RegExp | string) {
  expect(await screen.findByText('Någon annan har sparat en nyare version')).toBeInTheDocument();
  return within(screen.getByRole('row', { name: field }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

/** Re-applies my changes onto the latest version (the conflict screen's button). */
export const reapplyButton = () =>
  screen.getByRole('button', { name: 'Använd mina ändringar på den senaste versionen' });
