import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { actionItemKeys, forumKeys, meetingKeys } from './queryKeys';

/** Deletes a meeting (`DELETE /api/v1/meetings/{id}`, If-Match); not once minutes are published or items handed out. */
export function useDeleteMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) =>
      unwrap(await api.DELETE('/api/v1/meetings/{id}', { params: ifMatch({ id }, etag) })),
    onSuccess: async (_, { id }) => {
      queryClient.removeQueries({ queryKey: meetingKeys.one(id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: forumKeys.all }),
        queryClient.invalidateQueries({ queryKey: actionItemKeys.all }),
      ]);
    },
  });
}
