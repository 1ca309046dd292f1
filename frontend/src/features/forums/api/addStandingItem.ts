import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { StandingItemInput } from '../types';
import { forumKeys } from './queryKeys';

/** Adds a standing agenda point that every new meeting of the forum gets (`POST …/standing-items`). */
export function useAddStandingItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ forumId, input }: { forumId: string; input: StandingItemInput }) =>
      unwrap(await api.POST('/api/v1/forums/{id}/standing-items', { params: { path: { id: forumId } }, body: input })),
    onSuccess: (_, { forumId }) => queryClient.invalidateQueries({ queryKey: forumKeys.standingItems(forumId) }),
  });
}
