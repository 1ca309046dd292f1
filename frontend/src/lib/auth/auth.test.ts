import { afterEach, describe, expect, it, vi } from 'vitest';

// A Keycloak whose silent session check never answers (e.g. an unregistered address or Keycloak down).
vi.mock('keycloak-js', () => ({
  default: class {
    authenticated = false;
    init() {
      return new Promise(() => {});
    }
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  localStorage.clear();
  vi.resetModules();
});

function stubConfig() {
  const fetchMock = vi.fn((input: RequestInfo | URL) =>
    Promise.resolve(
      new Response(
        JSON.stringify(
          String(input instanceof Request ? input.url : input).endsWith('/client-config')
            ? { keycloakUrl: 'http://localhost:8180', realm: 'samverkan', clientId: 'samverkan-spa' }
            : [],
        ),
        { headers: { 'Content-Type': 'application/json' } },
      ),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** When the API call's request left, in ms after `started`. */
async function callDelay(started: number): Promise<number> {
  const { api } = await import('../api');
  await api.GET('/api/v1/counties');
  return Date.now() - started;
}

describe('initAuth', () => {
  it('starts the app for an anonymous visitor when the silent check never answers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(
            JSON.stringify({ keycloakUrl: 'http://localhost:8180', realm: 'samverkan', clientId: 'samverkan-spa' }),
            {
              headers: { 'Content-Type': 'application/json' },
            },
          ),
        ),
      ),
    );
    const { initAuth } = await import('./auth');
    const started = Date.now();
    const state = await initAuth(50);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(state.authenticated).toBe(false);
  });
});

describe('the session check in the background', () => {
  it('lets an anonymous visitor’s calls go out at once', async () => {
    stubConfig();
    const { initAuth } = await import('./auth');
    const started = Date.now();
    void initAuth(3000);
    expect(await callDelay(started)).toBeLessThan(1500);
  });

  it('makes the calls of a visitor who had a session wait for the check (here: until its timeout)', async () => {
    stubConfig();
    localStorage.setItem('samverkan.session', '1');
    const { initAuth } = await import('./auth');
    const started = Date.now();
    void initAuth(1000);
    expect(await callDelay(started)).toBeGreaterThanOrEqual(950);
  });

  it('knows Keycloak’s answer to a login in the address', async () => {
    const { isLoginResponse } = await import('./auth');
    expect(isLoginResponse('#state=abc&session_state=x&code=123')).toBe(true);
    expect(isLoginResponse('#error=login_required&state=abc')).toBe(true);
    expect(isLoginResponse('#main')).toBe(false);
    expect(isLoginResponse('')).toBe(false);
  });
});
