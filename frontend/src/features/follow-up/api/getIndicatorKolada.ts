import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** Whether the installation fetches from Kolada, and the indicator's latest fetches (`GET …/{id}/kolada`). */
export function useIndicatorKolada(id: string) {
  return useApiQuery(followUpKeys.indicatorKolada(id), (signal) =>
    api.GET('/api/v1/indicators/{id}/kolada', { params: { path: { id } }, signal }),
  );
}
