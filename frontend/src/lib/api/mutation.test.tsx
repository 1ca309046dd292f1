import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from './client';
import { ifMatch } from './etag';
import { useApiMutation } from './mutation';
import { ApiError } from './problem';
import { useApiQuery } from './query';

const organisation = { id: 'o1', version: 3, name: 'Västerås stad' };

/** A fetch answering every request with `response`, recording the requests. */
function answer(response: () => Response) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((request: Request) => {
      requests.push(request);
      return Promise.resolve(response());
    }),
  );
  return requests;
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, wrapper };
}

type Variables = { id: string; etag: string; name: string };

const update = ({ id, etag, name }: Variables) =>
  api.PUT('/api/v1/organisations/{id}', {
    params: ifMatch({ id }, etag),
    body: { name } as never,
  });

afterEach(() => vi.unstubAllGlobals());

describe('useApiMutation', () => {
  it('sends the ETag read as If-Match and carries the ETag of the answer', async () => {
    const requests = answer(json(organisation, 200, { ETag: '"3"' }));
    const { wrapper } = setup();
    const { result } = renderHook(() => useApiMutation(update, { versioned: 'organisation' }), { wrapper });

    let saved: unknown;
    await act(async () => {
      saved = await result.current.mutateAsync({ id: 'o1', etag: '"2"', name: 'Västerås stad' });
    });

    expect(requests[0].method).toBe('PUT');
    expect(requests[0].headers.get('If-Match')).toBe('"2"');
    expect(saved).toEqual({ organisation, etag: '"3"' });
  });

  it('sets the answer, removes, invalidates and marks stale what the update names', async () => {
    answer(json(organisation, 200, { ETag: '"3"' }));
    const { queryClient, wrapper } = setup();
    queryClient.setQueryData(['organisations', 'detail', 'o1'], { organisation: { ...organisation, version: 2 } });
    queryClient.setQueryData(['organisations', 'list'], []);
    queryClient.setQueryData(['organisations', 'gone'], 'old');
    queryClient.setQueryData(['agreements'], []);
    const then = vi.fn();
    const { result } = renderHook(
      () =>
        useApiMutation(update, {
          versioned: 'organisation',
          remove: () => ['organisations', 'gone'],
          set: (saved) => ['organisations', 'detail', saved.organisation.id],
          invalidate: () => [['organisations', 'list']],
          stale: () => [['agreements']],
          then,
        }),
      { wrapper },
    );

    await act(async () => {
      await result.current.mutateAsync({ id: 'o1', etag: '"2"', name: 'Västerås stad' });
    });

    expect(queryClient.getQueryData(['organisations', 'detail', 'o1'])).toEqual({ organisation, etag: '"3"' });
    expect(queryClient.getQueryState(['organisations', 'detail', 'o1'])?.isInvalidated).toBe(false);
    expect(queryClient.getQueryData(['organisations', 'gone'])).toBeUndefined();
    expect(queryClient.getQueryState(['organisations', 'list'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['agreements'])?.isInvalidated).toBe(true);
    expect(then).toHaveBeenCalledWith(
      { organisation, etag: '"3"' },
      { id: 'o1', etag: '"2"', name: 'Västerås stad' },
      queryClient,
    );
  });

  it('turns a problem into an ApiError, leaves the cache alone but reads again what `always` names', async () => {
    answer(
      json(
        { type: 'urn:samverkan:problem:precondition-failed', title: 'Stale', status: 412, detail: 'Changed meanwhile' },
        412,
        { 'Content-Type': 'application/problem+json' },
      ),
    );
    const { queryClient, wrapper } = setup();
    queryClient.setQueryData(['organisations', 'list'], []);
    queryClient.setQueryData(['organisations', 'detail', 'o1'], 'as read');
    const failed = vi.fn();
    const { result } = renderHook(
      () =>
        useApiMutation(update, {
          set: () => ['organisations', 'detail', 'o1'],
          always: () => [['organisations', 'list']],
          failed,
        }),
      { wrapper },
    );

    act(() => result.current.mutate({ id: 'o1', etag: '"2"', name: 'x' }));

    await waitFor(() => expect(result.current.isError).toBe(true));
    const error = result.current.error;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(412);
    expect((error as ApiError).is('precondition-failed')).toBe(true);
    expect(failed).toHaveBeenCalledWith(error, { id: 'o1', etag: '"2"', name: 'x' }, queryClient);
    expect(queryClient.getQueryData(['organisations', 'detail', 'o1'])).toBe('as read');
    await waitFor(() => expect(queryClient.getQueryState(['organisations', 'list'])?.isInvalidated).toBe(true));
  });
});

describe('useApiQuery', () => {
  it('reads the body, or the body with its ETag, under the key, sending the abort signal', async () => {
    const requests = answer(json(organisation, 200, { ETag: '"3"' }));
    const { queryClient, wrapper } = setup();
    const read = (signal: AbortSignal) =>
      api.GET('/api/v1/organisations/{id}', { params: { path: { id: 'o1' } }, signal });

    const plain = renderHook(() => useApiQuery(['plain'], read), { wrapper });
    const withEtag = renderHook(() => useApiQuery(['versioned'], read, { versioned: 'organisation' }), {
      wrapper,
    });

    await waitFor(() => expect(plain.result.current.data).toEqual(organisation));
    await waitFor(() => expect(withEtag.result.current.data).toEqual({ organisation, etag: '"3"' }));
    expect(queryClient.getQueryData(['versioned'])).toEqual({ organisation, etag: '"3"' });
    expect(new URL(requests[0].url).pathname).toBe('/api/v1/organisations/o1');
  });

  it('turns a problem into an ApiError', async () => {
    answer(
      json({ type: 'urn:samverkan:problem:not-found', title: 'Not found', status: 404 }, 404, {
        'Content-Type': 'application/problem+json',
      }),
    );
    const { wrapper } = setup();
    const { result } = renderHook(
      () =>
        useApiQuery(['missing'], (signal) =>
          api.GET('/api/v1/organisations/{id}', { params: { path: { id: 'x' } }, signal }),
        ),
      { wrapper },
    );

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect((result.current.error as ApiError).status).toBe(404);
  });
});
