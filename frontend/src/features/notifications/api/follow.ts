import { api, useApiMutation } from '../../../lib/api';
import type { FollowSubjectType } from '../../../lib/slots/follow';
import { followsKey } from './getFollows';

/** Follows an agreement, forum or action item (`PUT /api/v1/follows/{subjectType}/{subjectId}`). */
export function useFollow() {
  return useApiMutation(
    ({ subjectType, subjectId }: { subjectType: FollowSubjectType; subjectId: string }) =>
      api.PUT('/api/v1/follows/{subjectType}/{subjectId}', { params: { path: { subjectType, subjectId } } }),
    { invalidate: () => [followsKey] },
  );
}
