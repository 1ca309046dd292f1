import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedAssessment } from './getAssessment';
import { useAssessmentSaved } from './saveAssessment';

/** Sends a submitted assessment back to the party with a comment (`POST …/return`, If-Match). */
export function useReturnAssessment() {
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: async ({ id, etag, comment }: { id: string; etag: string; comment: string }) =>
      versionedAssessment(
        await api.POST('/api/v1/assessments/{id}/return', { params: ifMatch({ id }, etag), body: { comment } }),
      ),
    onSuccess: saved,
  });
}
