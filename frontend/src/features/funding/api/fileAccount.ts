import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { FilingInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Files a project's account (`POST /api/v1/funding/accounts/{id}/filing`, If-Match): the owner's members. */
export function useFileAccount() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: FilingInput }) =>
      api.POST('/api/v1/funding/accounts/{id}/filing', { params: ifMatch({ id }, etag), body: input }),
    { invalidate: () => [fundingKeys.all] },
  );
}
