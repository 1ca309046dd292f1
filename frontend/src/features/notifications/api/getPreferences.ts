import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** How I get mail per category (`GET /api/v1/notification-preferences`). */
export function usePreferences(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'preferences'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/notification-preferences', { signal })),
    enabled,
  });
}
