import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { ActionItemStatusInput } from '../types';
import { versionedActionItem } from './getActionItem';
import { useInvalidateActionItems } from './invalidate';
import { actionItemKeys } from './queryKeys';

/**
 * Moves an item to another status with a note (`POST /api/v1/action-items/{id}/status`, If-Match); a closed item
 * or the same status is a 409 naming the rule.
 */
export function useChangeActionItemStatus() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateActionItems();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: ActionItemStatusInput }) =>
      versionedActionItem(
        await api.POST('/api/v1/action-items/{id}/status', { params: ifMatch({ id }, etag), body: input }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(actionItemKeys.detail(updated.item.id), updated);
      // The follow-up of the forum's meetings and the board change with it.
      await invalidate({ refetchItems: false });
    },
  });
}
