import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** What an unsubscribe link stands for (`GET /api/v1/unsubscribe`, no login). */
export function useUnsubscribeTarget(token: string) {
  return useQuery({
    queryKey: ['unsubscribe', token] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/unsubscribe', { params: { query: { token } }, signal })),
    enabled: token.length > 0,
    retry: false,
  });
}
