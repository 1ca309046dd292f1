import { api, useApiMutation } from '../../../lib/api';
import type { SurveyInput } from '../types';
import { surveyKeys } from './queryKeys';

/** Drafts a survey from scratch (`POST /api/v1/surveys`): a county's, or a national one (administrators). */
export function useCreateSurvey() {
  return useApiMutation((input: SurveyInput) => api.POST('/api/v1/surveys', { body: input }), {
    invalidate: () => [surveyKeys.all],
  });
}
