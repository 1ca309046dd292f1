import { api, useApiQuery } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

/** The picture of a survey (`GET /api/v1/surveys/{id}/results`): internal or, once published, public. */
export function useResults(id: string, county: string | undefined, enabled = true) {
  return useApiQuery(
    surveyKeys.results(id, county),
    (signal) => api.GET('/api/v1/surveys/{id}/results', { params: { path: { id }, query: { county } }, signal }),
    { enabled },
  );
}
