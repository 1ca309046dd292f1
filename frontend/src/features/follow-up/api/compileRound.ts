import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedRound } from './getRound';
import { useInvalidateFollowUp } from './invalidate';

/** Compiles the report with the coordinator's summary (`POST …/compile`, If-Match); needs every task accepted. */
export function useCompileRound() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: async ({ id, etag, summary }: { id: string; etag: string; summary: string }) =>
      versionedRound(
        await api.POST('/api/v1/follow-up-rounds/{id}/compile', { params: ifMatch({ id }, etag), body: { summary } }),
      ),
    onSuccess: () => invalidate(),
  });
}
