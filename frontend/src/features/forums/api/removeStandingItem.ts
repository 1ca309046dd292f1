import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** Removes a standing agenda point (`DELETE …/standing-items/{itemId}`, If-Match); meetings keep their agenda. */
export function useRemoveStandingItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ forumId, itemId, etag }: { forumId: string; itemId: string; etag: string }) =>
      unwrap(
        await api.DELETE('/api/v1/forums/{id}/standing-items/{itemId}', {
          params: ifMatch({ id: forumId, itemId }, etag),
        }),
      ),
    onSuccess: (_, { forumId }) => queryClient.invalidateQueries({ queryKey: forumKeys.standingItems(forumId) }),
  });
}
