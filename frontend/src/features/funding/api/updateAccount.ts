import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Moves an account's due date (`PUT /api/v1/funding/accounts/{id}`, If-Match): the coordinator. */
export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, dueOn }: { id: string; etag: string; dueOn: string }) =>
      unwrap(await api.PUT('/api/v1/funding/accounts/{id}', { params: ifMatch({ id }, etag), body: { dueOn } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
