import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedAnswer } from './getAnswer';
import { surveyKeys } from './queryKeys';

/** Submits the organisation's answer (`POST …/answers/{organisationId}/submission`, If-Match). */
export function useSubmitAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, organisationId, etag }: { id: string; organisationId: string; etag: string }) =>
      versionedAnswer(
        await api.POST('/api/v1/surveys/{id}/answers/{organisationId}/submission', {
          params: ifMatch({ id, organisationId }, etag),
        }),
      ),
    onSuccess: async (saved, { id, organisationId }) => {
      queryClient.setQueryData(surveyKeys.answer(id, organisationId), saved);
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all, refetchType: 'none' });
    },
  });
}
