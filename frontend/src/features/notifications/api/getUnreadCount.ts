import { api, useApiQuery } from '../../../lib/api';

/** How many of my notifications are unread (`GET /api/v1/notifications/unread-count`); refreshed every minute. */
export function useUnreadCount(enabled: boolean) {
  return useApiQuery(
    ['notifications', 'unread'] as const,
    (signal) => api.GET('/api/v1/notifications/unread-count', { signal }),
    { enabled, refetchInterval: 60_000 },
  );
}
