import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { components } from '../../../lib/api';
import { actionItemsChanged } from './invalidate';

export type EscalationInput = components['schemas']['EscalationInput'];

/**
 * Raises an item to a forum at a higher level, keeping its trail (`POST /api/v1/action-items/{id}/escalation`,
 * If-Match); answers with the new item in the higher forum.
 */
export function useEscalateActionItem() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: EscalationInput }) =>
      api.POST('/api/v1/action-items/{id}/escalation', { params: ifMatch({ id }, etag), body: input }),
    { invalidate: actionItemsChanged },
  );
}
