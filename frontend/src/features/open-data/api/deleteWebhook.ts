import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { Webhook } from '../types';
import { openDataKeys } from './queryKeys';

/** Removes a subscription and its deliveries, based on the version read (`DELETE /api/v1/webhooks/{id}`). */
export function useDeleteWebhook() {
  return useApiMutation(
    (webhook: Webhook) =>
      api.DELETE('/api/v1/webhooks/{id}', {
        params: ifMatch({ id: webhook.id }, etagOfVersion(webhook.version)),
      }),
    { always: () => [openDataKeys.webhooks()] },
  );
}
