import { api, unwrap } from '../../../lib/api';

/** One grant as it is now (`GET /api/v1/grants/{id}`), read again after a refused revocation. */
export async function fetchGrant(id: string) {
  return unwrap(await api.GET('/api/v1/grants/{id}', { params: { path: { id } } }));
}
