import { api, useApiQuery } from '../../../lib/api';
import { openDataKeys } from './queryKeys';

/** Webhook subscriptions: a service account's own, every one for an administrator (`GET /api/v1/webhooks`). */
export function useWebhooks() {
  return useApiQuery(openDataKeys.webhooks(), (signal) => api.GET('/api/v1/webhooks', { signal }));
}
