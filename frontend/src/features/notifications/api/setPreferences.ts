import { api, etagOfVersion, useApiMutation } from '../../../lib/api';
import { preferencesKey } from './getPreferences';
import type { Category, Frequency } from '../types';

/**
 * Sets how I get mail per category (`PUT /api/v1/notification-preferences`), based on the choices read (their
 * version as If-Match); when they changed meanwhile (412) the choices are read again.
 */
export function useSetPreferences() {
  return useApiMutation(
    ({ preferences, version }: { preferences: { category: Category; frequency: Frequency }[]; version: number }) =>
      api.PUT('/api/v1/notification-preferences', {
        params: { header: { 'If-Match': etagOfVersion(version) } },
        body: { preferences },
      }),
    {
      set: () => preferencesKey,
      failed: (_, __, queryClient) => queryClient.invalidateQueries({ queryKey: preferencesKey }),
    },
  );
}
