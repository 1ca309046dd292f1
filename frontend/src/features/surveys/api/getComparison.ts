import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

/** The county pictures side by side (`GET /api/v1/surveys/{id}/county-comparison`), for national surveys. */
export function useComparison(id: string, enabled: boolean) {
  return useQuery({
    queryKey: surveyKeys.comparison(id),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/surveys/{id}/county-comparison', { params: { path: { id } }, signal })),
  });
}
