import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { FilingInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Files a project's account (`POST /api/v1/funding/accounts/{id}/filing`, If-Match): the owner's members. */
export function useFileAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: FilingInput }) =>
      unwrap(await api.POST('/api/v1/funding/accounts/{id}/filing', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
