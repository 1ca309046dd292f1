import { api, useApiQuery } from '../../../lib/api';
import { openDataKeys } from './queryKeys';

/** The public datasets, their licence and feeds (`GET /api/v1/open-data`). */
export function useOpenData() {
  return useApiQuery(openDataKeys.catalogue(), (signal) => api.GET('/api/v1/open-data', { signal }));
}
