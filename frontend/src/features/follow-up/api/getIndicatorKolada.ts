import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** Whether the installation fetches from Kolada, and the indicator's latest fetches (`GET …/{id}/kolada`). */
export function useIndicatorKolada(id: string) {
  return useQuery({
    queryKey: followUpKeys.indicatorKolada(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/indicators/{id}/kolada', { params: { path: { id } }, signal })),
  });
}
