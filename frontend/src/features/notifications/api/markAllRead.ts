import { api, useApiMutation } from '../../../lib/api';

/** Marks all my notifications read (`POST /api/v1/notifications/read-all`). */
export function useMarkAllRead() {
  return useApiMutation(() => api.POST('/api/v1/notifications/read-all'), { invalidate: () => [['notifications']] });
}
