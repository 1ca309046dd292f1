import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** How many of my notifications are unread (`GET /api/v1/notifications/unread-count`); refreshed every minute. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'unread'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/notifications/unread-count', { signal })),
    enabled,
    refetchInterval: 60_000,
  });
}
