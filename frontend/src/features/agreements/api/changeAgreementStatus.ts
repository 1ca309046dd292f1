import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { StatusChangeInput } from '../types';
import { agreementSaved } from './invalidate';
import { agreementKeys } from './queryKeys';

export type StatusChangeVariables = { id: string; etag: string; input: StatusChangeInput };

/**
 * Moves an agreement through its lifecycle (`POST /api/v1/agreements/{id}/status`); a step the rules forbid is a
 * 409 naming the rule (e.g. `adoption-needs-two-parties`).
 */
export function useChangeAgreementStatus() {
  return useApiMutation(
    ({ id, etag, input }: StatusChangeVariables) =>
      api.POST('/api/v1/agreements/{id}/status', { params: ifMatch({ id }, etag), body: input }),
    // Adopting a revision supersedes its predecessor: that one changed too.
    { ...agreementSaved, stale: () => [agreementKeys.all] },
  );
}
