import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { SurveyStatus } from '../types';
import { versionedSurvey } from './getSurvey';
import { surveyKeys } from './queryKeys';

/** Opens, closes or publishes a survey (`POST /api/v1/surveys/{id}/status`, If-Match). */
export function useChangeSurveyStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, status }: { id: string; etag: string; status: SurveyStatus }) =>
      versionedSurvey(
        await api.POST('/api/v1/surveys/{id}/status', { params: ifMatch({ id }, etag), body: { status } }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(surveyKeys.survey(updated.survey.id), updated);
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all, refetchType: 'none' });
    },
  });
}
