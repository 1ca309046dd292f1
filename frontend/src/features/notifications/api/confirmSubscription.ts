import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** Confirms a public subscription to a forum's minutes (`POST /api/v1/subscriptions/confirm`, no login). */
export function useConfirmSubscription() {
  return useMutation({
    mutationFn: async (token: string) =>
      unwrap(await api.POST('/api/v1/subscriptions/confirm', { params: { query: { token } } })),
  });
}
