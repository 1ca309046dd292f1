import { api, useApiMutation } from '../../../lib/api';
import type { FollowSubjectType } from '../../../lib/slots/follow';
import { followsKey } from './getFollows';

/** Stops following (`DELETE /api/v1/follows/{subjectType}/{subjectId}`). */
export function useUnfollow() {
  return useApiMutation(
    ({ subjectType, subjectId }: { subjectType: FollowSubjectType; subjectId: string }) =>
      api.DELETE('/api/v1/follows/{subjectType}/{subjectId}', { params: { path: { subjectType, subjectId } } }),
    { invalidate: () => [followsKey] },
  );
}
