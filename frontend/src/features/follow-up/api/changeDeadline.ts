import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedRound } from './getRound';
import { useInvalidateFollowUp } from './invalidate';

/** Moves the deadline of an open round (`PUT /api/v1/follow-up-rounds/{id}`, If-Match). */
export function useChangeDeadline() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: async ({ id, etag, deadline }: { id: string; etag: string; deadline: string }) =>
      versionedRound(
        await api.PUT('/api/v1/follow-up-rounds/{id}', { params: ifMatch({ id }, etag), body: { deadline } }),
      ),
    onSuccess: () => invalidate(),
  });
}
