import { api, useApiQuery } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

/** The county pictures side by side (`GET /api/v1/surveys/{id}/county-comparison`), for national surveys. */
export function useComparison(id: string, enabled: boolean) {
  return useApiQuery(
    surveyKeys.comparison(id),
    (signal) => api.GET('/api/v1/surveys/{id}/county-comparison', { params: { path: { id } }, signal }),
    { enabled },
  );
}
