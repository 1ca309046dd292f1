import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** Unsubscribes with the signed link (`POST /api/v1/unsubscribe`, no login). */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: async (token: string) =>
      unwrap(await api.POST('/api/v1/unsubscribe', { params: { query: { token } } })),
  });
}
