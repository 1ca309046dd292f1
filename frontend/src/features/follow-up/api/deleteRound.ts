import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateFollowUp } from './invalidate';

/** Deletes a round opened by mistake (`DELETE /api/v1/follow-up-rounds/{id}`, If-Match); refused once work has begun. */
export function useDeleteRound() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) => {
      unwrap(await api.DELETE('/api/v1/follow-up-rounds/{id}', { params: ifMatch({ id }, etag) }));
    },
    onSuccess: () => invalidate(),
  });
}
