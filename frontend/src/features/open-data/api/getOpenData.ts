import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { openDataKeys } from './queryKeys';

/** The public datasets, their licence and feeds (`GET /api/v1/open-data`). */
export function useOpenData() {
  return useQuery({
    queryKey: openDataKeys.catalogue(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/open-data', { signal })),
  });
}
