import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import type { Webhook } from '../types';
import { openDataKeys } from './queryKeys';

/** Removes a subscription and its deliveries, based on the version read (`DELETE /api/v1/webhooks/{id}`). */
export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (webhook: Webhook) =>
      unwrap(
        await api.DELETE('/api/v1/webhooks/{id}', {
          params: ifMatch({ id: webhook.id }, etagOfVersion(webhook.version)),
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: openDataKeys.webhooks() }),
  });
}
