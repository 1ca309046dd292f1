import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

export type SurveysQuery = { county?: string; national?: boolean };

/** Surveys of a county or the national ones (`GET /api/v1/surveys`). */
export function useSurveys(query: SurveysQuery) {
  return useQuery({
    queryKey: surveyKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/surveys', { params: { query }, signal })),
  });
}
