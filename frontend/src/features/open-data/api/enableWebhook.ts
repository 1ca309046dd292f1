import { api, etagOfVersion, ifMatch, useApiMutation } from '../../../lib/api';
import type { Webhook } from '../types';
import { openDataKeys } from './queryKeys';

/** Re-enables a disabled subscription, based on the version read (`POST /api/v1/webhooks/{id}/enable`). */
export function useEnableWebhook() {
  return useApiMutation(
    (webhook: Webhook) =>
      api.POST('/api/v1/webhooks/{id}/enable', {
        params: ifMatch({ id: webhook.id }, etagOfVersion(webhook.version)),
      }),
    { always: () => [openDataKeys.webhooks()] },
  );
}
