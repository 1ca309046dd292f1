import type Keycloak from 'keycloak-js';
import { useSyncExternalStore } from 'react';
import { setAccessTokenProvider, type components } from '../api';

export type AuthState = {
  /** False when Keycloak could not be reached: the app still works for reading, without login. */
  available: boolean;
  authenticated: boolean;
  username?: string;
  name?: string;
};

/** Seconds of validity a token must have left before a call; otherwise it is refreshed first. */
const MIN_TOKEN_VALIDITY = 30;

let keycloak: Keycloak | undefined;
let state: AuthState = { available: false, authenticated: false };
const listeners = new Set<() => void>();

function setState(next: AuthState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

function stateFrom(kc: Keycloak): AuthState {
  const token = kc.tokenParsed as { preferred_username?: string; name?: string } | undefined;
  return {
    available: true,
    authenticated: kc.authenticated,
    username: token?.preferred_username,
    name: token?.name,
  };
}

async function accessToken(): Promise<string | undefined> {
  if (!keycloak?.authenticated) return undefined;
  try {
    await keycloak.updateToken(MIN_TOKEN_VALIDITY);
    return keycloak.token;
  } catch {
    // The session has ended (e.g. logged out elsewhere): continue as an anonymous visitor.
    keycloak.clearToken();
    setSessionHint(false);
    setState(stateFrom(keycloak));
    return undefined;
  }
}

/** How long a call waits for Keycloak's silent session check before it goes out without a token. */
export const AUTH_INIT_TIMEOUT_MS = 6000;

/** Set while the browser has had a session here: then calls wait for the session check rather than go anonymous. */
const SESSION_HINT_KEY = 'samverkan.session';

function sessionHint(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function setSessionHint(present: boolean): void {
  try {
    if (present) window.localStorage.setItem(SESSION_HINT_KEY, '1');
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage may be disabled: calls then do not wait for the session check, and reload when it logs in.
  }
}

/** Whether the address carries Keycloak's answer to a login (it takes that out of the address when it reads it). */
export function isLoginResponse(hash: string): boolean {
  return /[#&]state=/.test(hash) && /[#&](code|error)=/.test(hash);
}

function withTimeout(promise: Promise<unknown>, timeoutMs: number): Promise<void> {
  return Promise.race([promise, new Promise((resolve) => setTimeout(resolve, timeoutMs))]).then(() => undefined);
}

/**
 * Reads the Keycloak settings from the API and checks silently whether the browser already has a session, in the
 * background: the app renders meanwhile, so public pages never wait for it. A visitor who had a session here
 * before (a hint in localStorage) gets calls that wait for the check (at most `timeoutMs`), so their pages do not
 * show the anonymous view first. Never throws: when the API or Keycloak is unreachable, or the check does not answer
 * in time, the app goes on without login; a late answer still logs the visitor in (see `onLoginChange`).
 * Resolves when the check has answered or `timeoutMs` has passed.
 */
export function initAuth(timeoutMs = AUTH_INIT_TIMEOUT_MS): Promise<AuthState> {
  const check = checkSession();
  if (sessionHint()) {
    const settled = withTimeout(check, timeoutMs);
    setAccessTokenProvider(async () => {
      await settled;
      return accessToken();
    });
  }
  return withTimeout(check, timeoutMs).then(() => state);
}

async function checkSession(): Promise<void> {
  try {
    // Plain fetch: the typed client asks the token provider, which may be waiting for this very check.
    const response = await fetch('/api/v1/client-config', { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const data = (await response.json()) as components['schemas']['ClientConfig'];
    // Keycloak's adapter is a chunk of its own: the first page's code does not carry it.
    const { default: KeycloakAdapter } = await import('keycloak-js');
    const kc = new KeycloakAdapter({ url: data.keycloakUrl, realm: data.realm, clientId: data.clientId });
    await kc.init({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
      checkLoginIframe: false,
      messageReceiveTimeout: 5000,
    });
    kc.onAuthLogout = () => {
      setSessionHint(false);
      setState(stateFrom(kc));
    };
    keycloak = kc;
    setAccessTokenProvider(accessToken);
    setSessionHint(kc.authenticated);
    setState(stateFrom(kc));
  } catch (error) {
    console.warn('Login is not available', error);
  }
}

/** Calls `listener` when the visitor becomes logged in or out (e.g. the session check answers after the first page). */
export function onLoginChange(listener: () => void): () => void {
  let authenticated = state.authenticated;
  return subscribe(() => {
    if (state.authenticated !== authenticated) {
      authenticated = state.authenticated;
      listener();
    }
  });
}

/** Sends the browser to Keycloak's login page; it comes back to the current page. */
export function login(): void {
  void keycloak?.login({ redirectUri: window.location.href });
}

/** Ends the Keycloak session and comes back to the start page. */
export function logout(): void {
  setSessionHint(false);
  void keycloak?.logout({ redirectUri: `${window.location.origin}/` });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getAuthState(): AuthState {
  return state;
}

/** The login state, updated when it changes. */
export function useAuth(): AuthState {
  return useSyncExternalStore(subscribe, getAuthState, getAuthState);
}
