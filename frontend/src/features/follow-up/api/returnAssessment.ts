import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { assessmentSaved } from './invalidate';

/** Sends a submitted assessment back to the party with a comment (`POST …/return`, If-Match). */
export function useReturnAssessment() {
  return useApiMutation(
    ({ id, etag, comment }: { id: string; etag: string; comment: string }) =>
      api.POST('/api/v1/assessments/{id}/return', { params: ifMatch({ id }, etag), body: { comment } }),
    assessmentSaved,
  );
}
