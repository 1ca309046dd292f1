import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

/** Every change of the survey and its answers, newest first (`GET /api/v1/surveys/{id}/history`). */
export function useSurveyHistory(id: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: surveyKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/surveys/{id}/history', { params: { path: { id } }, signal })),
  });
}
