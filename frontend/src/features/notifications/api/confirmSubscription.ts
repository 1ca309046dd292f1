import { api, useApiMutation } from '../../../lib/api';

/** Confirms a public subscription to a forum's minutes (`POST /api/v1/subscriptions/confirm`, no login). */
export function useConfirmSubscription() {
  return useApiMutation((token: string) => api.POST('/api/v1/subscriptions/confirm', { params: { query: { token } } }));
}
