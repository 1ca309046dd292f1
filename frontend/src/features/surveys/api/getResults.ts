import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

/** The picture of a survey (`GET /api/v1/surveys/{id}/results`): internal or, once published, public. */
export function useResults(id: string, county: string | undefined, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.results(id, county),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/surveys/{id}/results', { params: { path: { id }, query: { county } }, signal })),
  });
}
