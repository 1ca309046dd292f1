import { api, useApiQuery } from '../../../lib/api';

/** What an unsubscribe link stands for (`GET /api/v1/unsubscribe`, no login). */
export function useUnsubscribeTarget(token: string) {
  return useApiQuery(
    ['unsubscribe', token] as const,
    (signal) => api.GET('/api/v1/unsubscribe', { params: { query: { token } }, signal }),
    { enabled: token.length > 0, retry: false },
  );
}
