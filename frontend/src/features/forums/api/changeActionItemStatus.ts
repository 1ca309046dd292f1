import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ActionItemStatusInput } from '../types';
import { actionItemsElsewhere } from './invalidate';
import { actionItemSaved } from './getActionItem';
import { actionItemKeys } from './queryKeys';

/**
 * Moves an item to another status with a note (`POST /api/v1/action-items/{id}/status`, If-Match); a closed item
 * or the same status is a 409 naming the rule.
 */
export function useChangeActionItemStatus() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: ActionItemStatusInput }) =>
      api.POST('/api/v1/action-items/{id}/status', { params: ifMatch({ id }, etag), body: input }),
    {
      ...actionItemSaved,
      // The follow-up of the forum's meetings and the board change with it; the items are stored as answered.
      stale: () => [actionItemKeys.all],
      invalidate: actionItemsElsewhere,
    },
  );
}
