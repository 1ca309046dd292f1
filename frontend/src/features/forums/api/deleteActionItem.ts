import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { actionItemKeys } from './queryKeys';
import { actionItemsChanged } from './invalidate';

/** Deletes an item handed out by mistake (`DELETE /api/v1/action-items/{id}`, If-Match); otherwise a 409 rule. */
export function useDeleteActionItem() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.DELETE('/api/v1/action-items/{id}', { params: ifMatch({ id }, etag) }),
    { remove: ({ id }) => actionItemKeys.detail(id), invalidate: actionItemsChanged },
  );
}
