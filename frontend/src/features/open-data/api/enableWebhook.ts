import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOfVersion, ifMatch, unwrap } from '../../../lib/api';
import type { Webhook } from '../types';
import { openDataKeys } from './queryKeys';

/** Re-enables a disabled subscription, based on the version read (`POST /api/v1/webhooks/{id}/enable`). */
export function useEnableWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (webhook: Webhook) =>
      unwrap(
        await api.POST('/api/v1/webhooks/{id}/enable', {
          params: ifMatch({ id: webhook.id }, etagOfVersion(webhook.version)),
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: openDataKeys.webhooks() }),
  });
}
