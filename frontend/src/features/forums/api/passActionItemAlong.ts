import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { PassAlongInput } from '../types';
import { actionItemsChanged } from './invalidate';

/**
 * Passes an item along the preparation chain to the forum its forum prepares for or reports to, keeping its trail
 * (`POST /api/v1/action-items/{id}/passing`, If-Match); answers with the new item there.
 */
export function usePassActionItemAlong() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: PassAlongInput }) =>
      api.POST('/api/v1/action-items/{id}/passing', { params: ifMatch({ id }, etag), body: input }),
    { invalidate: actionItemsChanged },
  );
}
