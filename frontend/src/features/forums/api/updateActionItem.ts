import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { ActionItemInput } from '../types';
import { versionedActionItem } from './getActionItem';
import { useInvalidateActionItems } from './invalidate';
import { actionItemKeys } from './queryKeys';

/** Corrects an item's title, description, owner, due date (`PUT /api/v1/action-items/{id}`, If-Match). */
export function useUpdateActionItem() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateActionItems();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: ActionItemInput }) =>
      versionedActionItem(await api.PUT('/api/v1/action-items/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(actionItemKeys.detail(updated.item.id), updated);
      await invalidate();
    },
  });
}
