import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { FollowSubjectType } from '../../../lib/slots/follow';
import { followsKey } from './getFollows';

/** Stops following (`DELETE /api/v1/follows/{subjectType}/{subjectId}`). */
export function useUnfollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ subjectType, subjectId }: { subjectType: FollowSubjectType; subjectId: string }) => {
      unwrap(
        await api.DELETE('/api/v1/follows/{subjectType}/{subjectId}', { params: { path: { subjectType, subjectId } } }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: followsKey }),
  });
}
