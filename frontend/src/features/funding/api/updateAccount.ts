import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Moves an account's due date (`PUT /api/v1/funding/accounts/{id}`, If-Match): the coordinator. */
export function useUpdateAccount() {
  return useApiMutation(
    ({ id, etag, dueOn }: { id: string; etag: string; dueOn: string }) =>
      api.PUT('/api/v1/funding/accounts/{id}', { params: ifMatch({ id }, etag), body: { dueOn } }),
    { invalidate: () => [fundingKeys.all] },
  );
}
