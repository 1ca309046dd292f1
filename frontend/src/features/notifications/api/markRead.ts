import { api, useApiMutation } from '../../../lib/api';

/** Marks one notification read (`POST /api/v1/notifications/{id}/read`). */
export function useMarkRead() {
  return useApiMutation((id: string) => api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }), {
    invalidate: () => [['notifications']],
  });
}
