import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import { forumKeys } from './queryKeys';

/** Removes a member organisation (`DELETE /api/v1/forums/{id}/members/{memberId}`, If-Match its version). */
export function useRemoveForumMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ forumId, memberId, version }: { forumId: string; memberId: string; version: number }) =>
      unwrap(
        await api.DELETE('/api/v1/forums/{id}/members/{memberId}', {
          params: ifMatch({ id: forumId, memberId }, etagOfVersion(version)),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}
