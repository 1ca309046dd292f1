import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import { versionedSurvey } from './getSurvey';
import { surveyKeys } from './queryKeys';

/** Writes the summaries (Läget) of the themes (`PUT /api/v1/surveys/{id}/summaries`, If-Match). */
export function usePutSummaries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      etag,
      summaries,
    }: {
      id: string;
      etag: string;
      summaries: { themeId: string; text: string }[];
    }) =>
      versionedSurvey(
        await api.PUT('/api/v1/surveys/{id}/summaries', { params: ifMatch({ id }, etag), body: { summaries } }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(surveyKeys.survey(updated.survey.id), updated);
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
}
