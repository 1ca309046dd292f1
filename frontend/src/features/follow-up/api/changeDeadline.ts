import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { followUpChanged } from './invalidate';

/** Moves the deadline of an open round (`PUT /api/v1/follow-up-rounds/{id}`, If-Match). */
export function useChangeDeadline() {
  return useApiMutation(
    ({ id, etag, deadline }: { id: string; etag: string; deadline: string }) =>
      api.PUT('/api/v1/follow-up-rounds/{id}', { params: ifMatch({ id }, etag), body: { deadline } }),
    { versioned: 'round', invalidate: followUpChanged },
  );
}
