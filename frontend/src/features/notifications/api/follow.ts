import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { FollowSubjectType } from '../../../lib/slots/follow';
import { followsKey } from './getFollows';

/** Follows an agreement, forum or action item (`PUT /api/v1/follows/{subjectType}/{subjectId}`). */
export function useFollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ subjectType, subjectId }: { subjectType: FollowSubjectType; subjectId: string }) =>
      unwrap(
        await api.PUT('/api/v1/follows/{subjectType}/{subjectId}', { params: { path: { subjectType, subjectId } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: followsKey }),
  });
}
