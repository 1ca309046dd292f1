import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { followUpChanged } from './invalidate';

/** Deletes a round opened by mistake (`DELETE /api/v1/follow-up-rounds/{id}`, If-Match); refused once work has begun. */
export function useDeleteRound() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.DELETE('/api/v1/follow-up-rounds/{id}', { params: ifMatch({ id }, etag) }),
    { invalidate: followUpChanged },
  );
}
