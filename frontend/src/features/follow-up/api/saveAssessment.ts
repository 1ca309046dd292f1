import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { AssessmentInput } from '../types';
import { versionedAssessment, type VersionedAssessment } from './getAssessment';
import { useInvalidateFollowUp } from './invalidate';
import { followUpKeys } from './queryKeys';

/** After a step the server answered with the assessment: that is it now; the rest of the follow-up is stale. */
export function useAssessmentSaved() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateFollowUp();
  return async (saved: VersionedAssessment) => {
    await invalidate();
    queryClient.setQueryData(followUpKeys.assessment(saved.assessment.id), saved);
  };
}

/** Saves the party's draft (`PUT /api/v1/assessments/{id}`, If-Match). */
export function useSaveAssessment() {
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: AssessmentInput }) =>
      versionedAssessment(await api.PUT('/api/v1/assessments/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: saved,
  });
}
