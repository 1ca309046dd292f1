import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedAssessment } from './getAssessment';
import { useAssessmentSaved } from './saveAssessment';

/** Accepts a submitted assessment (`POST …/accept`, If-Match); an accepted assessment is final. */
export function useAcceptAssessment() {
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) =>
      versionedAssessment(await api.POST('/api/v1/assessments/{id}/accept', { params: ifMatch({ id }, etag) })),
    onSuccess: saved,
  });
}
