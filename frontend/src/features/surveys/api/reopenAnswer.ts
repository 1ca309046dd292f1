import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedAnswer } from './getAnswer';
import { surveyKeys } from './queryKeys';

/** Reopens a submitted answer so the organisation can change it (`POST …/answers/{organisationId}/reopening`, If-Match). */
export function useReopenAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, organisationId, etag }: { id: string; organisationId: string; etag: string }) =>
      versionedAnswer(
        await api.POST('/api/v1/surveys/{id}/answers/{organisationId}/reopening', {
          params: ifMatch({ id, organisationId }, etag),
        }),
      ),
    onSuccess: async (reopened, { id, organisationId }) => {
      queryClient.setQueryData(surveyKeys.answer(id, organisationId), reopened);
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all, refetchType: 'none' });
    },
  });
}
