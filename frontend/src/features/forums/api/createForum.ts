import { api, useApiMutation } from '../../../lib/api';
import type { ForumInput } from '../types';
import { forumKeys } from './queryKeys';

/** Creates a forum (`POST /api/v1/forums`): admins anywhere, a coordinator in their own county. */
export function useCreateForum() {
  return useApiMutation((input: ForumInput) => api.POST('/api/v1/forums', { body: input }), {
    invalidate: () => [forumKeys.all],
  });
}
