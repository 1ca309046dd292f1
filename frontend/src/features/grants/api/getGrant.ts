import { api, unwrap, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** One grant as it is now (`GET /api/v1/grants/{id}`), read again after a refused revocation. */
export async function fetchGrant(id: string) {
  return unwrap(await api.GET('/api/v1/grants/{id}', { params: { path: { id } } }));
}

/** One grant, for its holder, the coordinators of its county and admins; 404 for anyone else. */
export function useGrant(id: string) {
  return useApiQuery(grantKeys.one(id), (signal) =>
    api.GET('/api/v1/grants/{id}', { params: { path: { id } }, signal }),
  );
}
