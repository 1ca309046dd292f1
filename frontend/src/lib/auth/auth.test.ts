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
});

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
