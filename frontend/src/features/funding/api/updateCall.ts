import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { CallInput } from '../types';
import { versionedCall } from './getCall';
import { fundingKeys } from './queryKeys';

/** Replaces a call with its priorities (`PUT /api/v1/funding/calls/{id}`, If-Match): the county's coordinator. */
export function useUpdateCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: CallInput }) =>
      versionedCall(await api.PUT('/api/v1/funding/calls/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(fundingKeys.call(updated.call.id), updated);
      await queryClient.invalidateQueries({ queryKey: fundingKeys.all, refetchType: 'none' });
    },
  });
}
