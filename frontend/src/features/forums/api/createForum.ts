import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { ForumInput } from '../types';
import { forumKeys } from './queryKeys';

/** Creates a forum (`POST /api/v1/forums`): admins anywhere, a coordinator in their own county. */
export function useCreateForum() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ForumInput) => unwrap(await api.POST('/api/v1/forums', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}
