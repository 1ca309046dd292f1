import { api, useApiQuery } from '../../../lib/api';

/** My notifications, newest first, in the UI language (`GET /api/v1/notifications`). */
export function useNotifications(page: number, enabled: boolean) {
  return useApiQuery(
    ['notifications', 'list', page] as const,
    (signal) => api.GET('/api/v1/notifications', { params: { query: { page, size: 20 } }, signal }),
    { enabled },
  );
}
