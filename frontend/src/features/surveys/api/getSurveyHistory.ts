import { api, useApiQuery } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

/** Every change of the survey and its answers, newest first (`GET /api/v1/surveys/{id}/history`). */
export function useSurveyHistory(id: string, enabled: boolean) {
  return useApiQuery(
    surveyKeys.history(id),
    (signal) => api.GET('/api/v1/surveys/{id}/history', { params: { path: { id } }, signal }),
    { enabled },
  );
}
