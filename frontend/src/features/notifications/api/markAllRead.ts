import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, toApiError } from '../../../lib/api';

/** Marks all my notifications read (`POST /api/v1/notifications/read-all`). */
export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { error, response } = await api.POST('/api/v1/notifications/read-all');
      if (error || !response.ok) throw toApiError(error, response);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
