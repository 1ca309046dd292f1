import { keepPreviousData } from '@tanstack/react-query';
import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** People in Keycloak matching the text (`GET /api/v1/grants/users?q=`); the server needs at least two characters. */
export function useGrantUserSearch(q: string) {
  return useApiQuery(
    grantKeys.users(q),
    (signal) => api.GET('/api/v1/grants/users', { params: { query: { q } }, signal }),
    { enabled: q.length >= 2, placeholderData: keepPreviousData },
  );
}
