import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, setAccessTokenProvider } from './client';

function stubFetch() {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>(() =>
    Promise.resolve(new Response(JSON.stringify([]), { status: 200, headers: { 'Content-Type': 'application/json' } })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => setAccessTokenProvider(() => Promise.resolve(undefined)));

describe('api client', () => {
  it('sends the access token as a bearer token when logged in', async () => {
    const fetchMock = stubFetch();
    setAccessTokenProvider(() => Promise.resolve('token-123'));
    await api.GET('/api/v1/counties');
    const request = fetchMock.mock.calls[0][0];
    expect(request.headers.get('Authorization')).toBe('Bearer token-123');
    expect(new URL(request.url).pathname).toBe('/api/v1/counties');
  });

  it('sends no Authorization header for anonymous visitors', async () => {
    const fetchMock = stubFetch();
    await api.GET('/api/v1/counties');
    expect(fetchMock.mock.calls[0][0].headers.has('Authorization')).toBe(false);
  });

  it('asks for a fresh token on every call', async () => {
    stubFetch();
    const provider = vi.fn(() => Promise.resolve('token'));
    setAccessTokenProvider(provider);
    await api.GET('/api/v1/counties');
    await api.GET('/api/v1/counties');
    expect(provider).toHaveBeenCalledTimes(2);
  });
});
