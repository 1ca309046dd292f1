import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { AssessmentInput } from '../types';
import { assessmentSaved } from './invalidate';

/** Saves the party's draft (`PUT /api/v1/assessments/{id}`, If-Match). */
export function useSaveAssessment() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: AssessmentInput }) =>
      api.PUT('/api/v1/assessments/{id}', { params: ifMatch({ id }, etag), body: input }),
    assessmentSaved,
  );
}
