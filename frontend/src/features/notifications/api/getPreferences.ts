import { api, useApiQuery } from '../../../lib/api';

export const preferencesKey = ['notifications', 'preferences'] as const;

/** How I get mail per category (`GET /api/v1/notification-preferences`). */
export function usePreferences(enabled: boolean) {
  return useApiQuery(preferencesKey, (signal) => api.GET('/api/v1/notification-preferences', { signal }), { enabled });
}
