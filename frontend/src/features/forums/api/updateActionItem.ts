import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ActionItemInput } from '../types';
import { actionItemSaved } from './getActionItem';
import { actionItemsChanged } from './invalidate';

/** Corrects an item's title, description, owner, due date (`PUT /api/v1/action-items/{id}`, If-Match). */
export function useUpdateActionItem() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: ActionItemInput }) =>
      api.PUT('/api/v1/action-items/{id}', { params: ifMatch({ id }, etag), body: input }),
    { ...actionItemSaved, invalidate: actionItemsChanged },
  );
}
