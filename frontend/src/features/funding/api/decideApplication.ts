import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { DecisionInput } from '../types';
import { fundingKeys } from './queryKeys';
import { applicationSaved } from './getApplication';

/** Grants (part of) the amount or rejects (`POST /api/v1/funding/applications/{id}/decision`, If-Match). */
export function useDecideApplication() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: DecisionInput }) =>
      api.POST('/api/v1/funding/applications/{id}/decision', { params: ifMatch({ id }, etag), body: input }),
    { ...applicationSaved, invalidate: () => [fundingKeys.all] },
  );
}
