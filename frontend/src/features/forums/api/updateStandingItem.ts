import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { StandingItemInput } from '../types';
import { forumKeys } from './queryKeys';

/** Replaces a standing agenda point, its place among the others too (`PUT …/standing-items/{itemId}`, If-Match). */
export function useUpdateStandingItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      forumId,
      itemId,
      etag,
      input,
    }: {
      forumId: string;
      itemId: string;
      etag: string;
      input: StandingItemInput;
    }) =>
      unwrap(
        await api.PUT('/api/v1/forums/{id}/standing-items/{itemId}', {
          params: ifMatch({ id: forumId, itemId }, etag),
          body: input,
        }),
      ),
    onSettled: (_, __, { forumId }) => queryClient.invalidateQueries({ queryKey: forumKeys.standingItems(forumId) }),
  });
}
