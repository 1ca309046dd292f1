import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

type TokenProvider = () => Promise<string | undefined>;
type LanguageProvider = () => string;

let tokenProvider: TokenProvider = () => Promise.resolve(undefined);
let languageProvider: LanguageProvider = () => 'sv';

/** Called by the auth module: how to get a fresh access token (undefined when not logged in). */
export function setAccessTokenProvider(provider: TokenProvider): void {
  tokenProvider = provider;
}

/** Called by the i18n module, so the server can answer in the user's language. */
export function setLanguageProvider(provider: LanguageProvider): void {
  languageProvider = provider;
}

const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    request.headers.set('Accept-Language', languageProvider());
    return request;
  },
};

/** The headers every call carries (bearer token when logged in, language), for calls outside the typed client. */
export async function commonHeaders(): Promise<Record<string, string>> {
  const headers: Record<string, string> = { 'Accept-Language': languageProvider() };
  const token = await tokenProvider();
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

/** The typed client of the Samverkan API; paths are the full ones, e.g. `/api/v1/organisations`. */
export const api = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? '' : location.origin,
  // Looked up on every call, so tests can stub the global fetch.
  fetch: (request) => globalThis.fetch(request),
});

api.use(authMiddleware);
