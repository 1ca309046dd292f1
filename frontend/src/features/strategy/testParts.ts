import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { json, problem, type FakeRoute } from '../../test/fakeApi';

/**
 * One part of a strategy page (a finding, an area, an activity, a phase) as the server keeps it: the page's read
 * (`pagePath`, its body `pageOf` the part) shows it, a write to `writePath` with an older ETag is refused (412), one
 * with the current ETag stores the body laid over the part and the version goes up (`write` says otherwise).
 * `changeMeanwhile` is someone else's save; `removeMeanwhile` someone else's removal, after which the page (`emptyPage`)
 * no longer shows it and a write to it is stale (412) when the removal left a trace in the history, unknown (404) when
 * not.
 */
export function storedPart<T extends { version: number }>(
  initial: T,
  {
    pagePath,
    pageOf,
    writePath,
    write = (stored, body) => ({ ...stored, ...(body as Partial<T>) }),
    emptyPage,
  }: {
    pagePath: string;
    pageOf: (part: T) => unknown;
    emptyPage?: () => unknown;
    writePath: string;
    write?: (stored: T, body: unknown) => T;
  },
) {
  let stored = initial;
  let removed: 'traced' | 'untraced' | null = null;
  const routes: FakeRoute[] = [
    {
      path: pagePath,
      respond: () => {
        if (!removed) return json(pageOf(stored));
        if (!emptyPage) throw new Error('A part removed meanwhile needs the page without it (emptyPage)');
        return json(emptyPage());
      },
    },
    {
      method: 'PUT',
      path: writePath,
      respond: async (request: Request) => {
        if (removed === 'traced')
          return problem(412, 'precondition-failed', 'Någon annan har tagit bort detta sedan du läste det');
        if (removed) return problem(404, 'not-found', 'Hittades inte');
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
    removeMeanwhile(how: 'traced' | 'untraced' = 'traced') {
      removed = how;
    },
  };
}

/**
 * The focused warning that a part I was changing was removed by someone else meanwhile (not a bare error, not twice),
 * in place of its form; reading the list again (its button) reads `pagePath` once more and the warning goes.
 */
export async function expectGoneAndReadAgain(
  { text, pagePath }: { text: string; pagePath: string },
  api: { calls: (method: string, path: string) => unknown[] },
  user: { click: (element: Element) => Promise<void> },
) {
  const alert = (await screen.findByText(text)).closest<HTMLElement>('[role=alert]');
  if (!alert) throw new Error('The message is no alert');
  await waitFor(() => expect(alert).toHaveFocus());
  expect(within(alert).getByText(/Din ändring är inte sparad/)).toBeInTheDocument();
  expect(screen.getAllByText(text)).toHaveLength(1);
  expect(screen.queryByText('Något gick fel')).toBeNull();
  expect(screen.queryByText('Hittades inte')).toBeNull();
  expect(screen.queryByText('Någon annan har sparat en nyare version')).toBeNull();
  const reads = api.calls('GET', pagePath).length;
  await user.click(within(alert).getByRole('button', { name: 'Läs in listan igen' }));
  await waitFor(() => expect(api.calls('GET', pagePath).length).toBe(reads + 1));
  expect(screen.queryByText(text)).toBeNull();
}
