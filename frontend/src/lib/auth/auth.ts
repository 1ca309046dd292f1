import type Keycloak from 'keycloak-js';
import { useSyncExternalStore } from 'react';
import { api, setAccessTokenProvider } from '../api';

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
    setState(stateFrom(keycloak));
    return undefined;
  }
}

/** How long the app waits for Keycloak's silent session check before it starts for an anonymous visitor. */
export const AUTH_INIT_TIMEOUT_MS = 6000;

/**
 * Reads the Keycloak settings from the API and checks silently whether the browser already has a session.
 * Never throws and never blocks the public site: when the API or Keycloak is unreachable, or the silent check does
 * not answer in time, the app starts without login; a late answer still logs the visitor in when it comes.
 */
export async function initAuth(timeoutMs = AUTH_INIT_TIMEOUT_MS): Promise<AuthState> {
  try {
    const { data } = await api.GET('/api/v1/client-config');
    if (!data) return state;
    // Keycloak's adapter is a chunk of its own: the first page's code does not carry it.
    const { default: KeycloakAdapter } = await import('keycloak-js');
    const kc = new KeycloakAdapter({ url: data.keycloakUrl, realm: data.realm, clientId: data.clientId });
    const ready = kc
      .init({
        onLoad: 'check-sso',
        pkceMethod: 'S256',
        silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
        checkLoginIframe: false,
        messageReceiveTimeout: 5000,
      })
      .then(() => {
        kc.onAuthLogout = () => setState(stateFrom(kc));
        keycloak = kc;
        setAccessTokenProvider(accessToken);
        setState(stateFrom(kc));
      })
      .catch((error: unknown) => console.warn('Login is not available', error));
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  } catch (error) {
    console.warn('Login is not available', error);
  }
  return state;
}

/** Sends the browser to Keycloak's login page; it comes back to the current page. */
export function login(): void {
  void keycloak?.login({ redirectUri: window.location.href });
}

/** Ends the Keycloak session and comes back to the start page. */
export function logout(): void {
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
