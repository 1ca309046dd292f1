import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { Category, Frequency } from '../types';

/** Sets how I get mail per category (`PUT /api/v1/notification-preferences`). */
export function useSetPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (preferences: { category: Category; frequency: Frequency }[]) =>
      unwrap(await api.PUT('/api/v1/notification-preferences', { body: { preferences } })),
    onSuccess: (data) => client.setQueryData(['notifications', 'preferences'], data),
  });
}
