import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { assessmentSaved } from './invalidate';

/** Hands the assessment in for review (`POST …/submit`, If-Match); needs a status and the situation. */
export function useSubmitAssessment() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.POST('/api/v1/assessments/{id}/submit', { params: ifMatch({ id }, etag) }),
    assessmentSaved,
  );
}
