import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, toApiError } from '../../../lib/api';

/** Marks one notification read (`POST /api/v1/notifications/{id}/read`). */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { error, response } = await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } });
      if (error || !response.ok) throw toApiError(error, response);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
