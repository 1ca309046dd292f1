import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { followUpChanged } from './invalidate';

/**
 * Fetches the indicator's values from Kolada now (`POST …/{id}/kolada/fetch`, If-Match of the indicator); the answer
 * is the fetch's record, FAILED too when Kolada did not answer (the values are then unchanged).
 */
export function useFetchKolada() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.POST('/api/v1/indicators/{id}/kolada/fetch', { params: ifMatch({ id }, etag) }),
    { always: () => followUpChanged() },
  );
}
