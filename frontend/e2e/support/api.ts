import { expect, type APIRequestContext } from '@playwright/test';
import { PASSWORD } from './app';

/** Keycloak as the tests reach it (shared by `make run` and the e2e stack). */
const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';

/** A real access token for a demo user (password grant through the realm's CLI client, demo only). */
export async function accessToken(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post(`${KEYCLOAK_URL}/realms/samverkan/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'samverkan-cli', scope: 'openid', username, password: PASSWORD },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Calls the API (through the SPA's proxy) as a user; returns the response. */
export async function callApi(
  request: APIRequestContext,
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { body?: unknown; ifMatch?: string } = {},
) {
  return request.fetch(path, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(options.ifMatch ? { 'If-Match': options.ifMatch } : {}),
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    data: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}
