import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { AccountStatus } from '../types';
import { fundingKeys } from './queryKeys';

/** Approves a filed account or returns it for completion (`POST /api/v1/funding/accounts/{id}/status`, If-Match). */
export function useChangeAccountStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, status }: { id: string; etag: string; status: AccountStatus }) =>
      unwrap(
        await api.POST('/api/v1/funding/accounts/{id}/status', { params: ifMatch({ id }, etag), body: { status } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
