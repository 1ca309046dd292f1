import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { openDataKeys } from './queryKeys';

/** Webhook subscriptions: a service account's own, every one for an administrator (`GET /api/v1/webhooks`). */
export function useWebhooks() {
  return useQuery({
    queryKey: openDataKeys.webhooks(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/webhooks', { signal })),
  });
}
