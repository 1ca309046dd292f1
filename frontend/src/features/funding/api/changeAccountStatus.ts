import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { AccountStatus } from '../types';
import { fundingKeys } from './queryKeys';

/** Approves a filed account or returns it for completion (`POST /api/v1/funding/accounts/{id}/status`, If-Match). */
export function useChangeAccountStatus() {
  return useApiMutation(
    ({ id, etag, status }: { id: string; etag: string; status: AccountStatus }) =>
      api.POST('/api/v1/funding/accounts/{id}/status', { params: ifMatch({ id }, etag), body: { status } }),
    { invalidate: () => [fundingKeys.all] },
  );
}
