import { api, useApiMutation } from '../../../lib/api';
import { preferencesKey } from './getPreferences';
import type { Category, Frequency } from '../types';

/**
 * Sets how I get mail per category (`PUT /api/v1/notification-preferences`), based on the choices read (the ETag of
 * their version as If-Match; 412 when they changed meanwhile).
 */
export function useSetPreferences() {
  return useApiMutation(
    ({ preferences, etag }: { preferences: { category: Category; frequency: Frequency }[]; etag: string }) =>
      api.PUT('/api/v1/notification-preferences', {
        params: { header: { 'If-Match': etag } },
        body: { preferences },
      }),
    { set: () => preferencesKey },
  );
}
