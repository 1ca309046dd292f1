import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { useInvalidateFollowUp } from './invalidate';

/**
 * Fetches the indicator's values from Kolada now (`POST …/{id}/kolada/fetch`, If-Match of the indicator); the answer
 * is the fetch's record, FAILED too when Kolada did not answer (the values are then unchanged).
 */
export function useFetchKolada() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) =>
      unwrap(await api.POST('/api/v1/indicators/{id}/kolada/fetch', { params: ifMatch({ id }, etag) })),
    onSettled: () => invalidate(),
  });
}
