import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/** Deletes a draft (`DELETE /api/v1/agreements/{id}`) with `If-Match`; adopted agreements are never deleted (409). */
export function useDeleteAgreement() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.DELETE('/api/v1/agreements/{id}', { params: ifMatch({ id }, etag) }),
    { remove: ({ id }) => agreementKeys.one(id), invalidate: () => [agreementKeys.lists()] },
  );
}
