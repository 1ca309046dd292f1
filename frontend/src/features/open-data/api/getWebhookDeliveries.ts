import { api, useApiQuery } from '../../../lib/api';
import type { DeliveryStatus } from '../types';
import { openDataKeys } from './queryKeys';

/**
 * A subscription's latest deliveries with their status, all or those of one status
 * (`GET /api/v1/webhooks/{id}/deliveries?status=`).
 */
export function useWebhookDeliveries(id: string, status: DeliveryStatus | null) {
  return useApiQuery(openDataKeys.deliveries(id, status), (signal) =>
    api.GET('/api/v1/webhooks/{id}/deliveries', {
      params: { path: { id }, query: status ? { status } : {} },
      signal,
    }),
  );
}
