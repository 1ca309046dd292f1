import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, unwrap } from '../../../lib/api';
import type { Category, Frequency } from '../types';

/**
 * Sets how I get mail per category (`PUT /api/v1/notification-preferences`), based on the choices read (their
 * version as If-Match); when they changed meanwhile (412) the choices are read again.
 */
export function useSetPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      preferences,
      version,
    }: {
      preferences: { category: Category; frequency: Frequency }[];
      version: number;
    }) =>
      unwrap(
        await api.PUT('/api/v1/notification-preferences', {
          params: { header: { 'If-Match': etagOfVersion(version) } },
          body: { preferences },
        }),
      ),
    onSuccess: (data) => client.setQueryData(['notifications', 'preferences'], data),
    onError: () => client.invalidateQueries({ queryKey: ['notifications', 'preferences'] }),
  });
}
