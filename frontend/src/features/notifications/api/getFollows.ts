import { api, useApiQuery } from '../../../lib/api';

export const followsKey = ['notifications', 'follows'] as const;

/** What I follow (`GET /api/v1/follows`). */
export function useFollows(enabled: boolean) {
  return useApiQuery(followsKey, (signal) => api.GET('/api/v1/follows', { signal }), { enabled });
}
