import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { SurveyInput } from '../types';
import { versionedSurvey } from './getSurvey';
import { surveyKeys } from './queryKeys';

/** Replaces a draft survey (`PUT /api/v1/surveys/{id}`, If-Match). */
export function useUpdateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: SurveyInput }) =>
      versionedSurvey(await api.PUT('/api/v1/surveys/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(surveyKeys.survey(updated.survey.id), updated);
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all, refetchType: 'none' });
    },
  });
}
