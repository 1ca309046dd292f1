import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** My notifications, newest first, in the UI language (`GET /api/v1/notifications`). */
export function useNotifications(page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'list', page] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/notifications', { params: { query: { page, size: 20 } }, signal })),
    enabled,
  });
}
