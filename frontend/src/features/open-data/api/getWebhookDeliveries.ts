import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { openDataKeys } from './queryKeys';

/** A subscription's latest deliveries with their status (`GET /api/v1/webhooks/{id}/deliveries`). */
export function useWebhookDeliveries(id: string) {
  return useQuery({
    queryKey: openDataKeys.deliveries(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id } }, signal })),
  });
}
