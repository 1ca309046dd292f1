import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedAssessment } from './getAssessment';
import { useAssessmentSaved } from './saveAssessment';

/** Hands the assessment in for review (`POST …/submit`, If-Match); needs a status and the situation. */
export function useSubmitAssessment() {
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) =>
      versionedAssessment(await api.POST('/api/v1/assessments/{id}/submit', { params: ifMatch({ id }, etag) })),
    onSuccess: saved,
  });
}
