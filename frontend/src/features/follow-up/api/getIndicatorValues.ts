import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The indicator's values (`GET /api/v1/indicators/{id}/values`). */
export function useIndicatorValues(id: string) {
  return useQuery({
    queryKey: followUpKeys.indicatorValues(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/indicators/{id}/values', { params: { path: { id } }, signal })),
  });
}

export function indicatorValuesCsvPath(id: string): string {
  return `/api/v1/indicators/${id}/values.csv`;
}
