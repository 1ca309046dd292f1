import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { assessmentSaved } from './invalidate';

/** Accepts a submitted assessment (`POST …/accept`, If-Match); an accepted assessment is final. */
export function useAcceptAssessment() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.POST('/api/v1/assessments/{id}/accept', { params: ifMatch({ id }, etag) }),
    assessmentSaved,
  );
}
