import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { followUpChanged } from './invalidate';

/** Compiles the report with the coordinator's summary (`POST …/compile`, If-Match); needs every task accepted. */
export function useCompileRound() {
  return useApiMutation(
    ({ id, etag, summary }: { id: string; etag: string; summary: string }) =>
      api.POST('/api/v1/follow-up-rounds/{id}/compile', { params: ifMatch({ id }, etag), body: { summary } }),
    { versioned: 'round', invalidate: followUpChanged },
  );
}
