import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { MeetingInput } from '../types';
import { forumKeys } from './queryKeys';

/** Plans a meeting of a forum (`POST /api/v1/forums/{id}/meetings`). */
export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ forumId, input }: { forumId: string; input: MeetingInput }) =>
      unwrap(await api.POST('/api/v1/forums/{id}/meetings', { params: { path: { id: forumId } }, body: input })),
    onSuccess: (_, { forumId }) => queryClient.invalidateQueries({ queryKey: forumKeys.one(forumId) }),
  });
}
