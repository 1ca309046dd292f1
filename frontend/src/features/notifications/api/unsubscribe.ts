import { api, useApiMutation } from '../../../lib/api';

/** Unsubscribes with the signed link (`POST /api/v1/unsubscribe`, no login). */
export function useUnsubscribe() {
  return useApiMutation((token: string) => api.POST('/api/v1/unsubscribe', { params: { query: { token } } }));
}
