import { api, useApiQuery } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

export type SurveysQuery = { county?: string; national?: boolean };

/** Surveys of a county or the national ones (`GET /api/v1/surveys`). */
export function useSurveys(query: SurveysQuery) {
  return useApiQuery(surveyKeys.list(query), (signal) => api.GET('/api/v1/surveys', { params: { query }, signal }));
}
