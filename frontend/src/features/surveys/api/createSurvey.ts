import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { SurveyInput } from '../types';
import { surveyKeys } from './queryKeys';

/** Drafts a survey from scratch (`POST /api/v1/surveys`): a county's, or a national one (administrators). */
export function useCreateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SurveyInput) => unwrap(await api.POST('/api/v1/surveys', { body: input })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
}
