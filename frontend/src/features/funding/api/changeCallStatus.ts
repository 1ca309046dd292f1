import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { CallStatus } from '../types';
import { versionedCall } from './getCall';
import { fundingKeys } from './queryKeys';

/** Opens or closes a call (`POST /api/v1/funding/calls/{id}/status`, If-Match). */
export function useChangeCallStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, status }: { id: string; etag: string; status: CallStatus }) =>
      versionedCall(
        await api.POST('/api/v1/funding/calls/{id}/status', { params: ifMatch({ id }, etag), body: { status } }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(fundingKeys.call(updated.call.id), updated);
      await queryClient.invalidateQueries({ queryKey: fundingKeys.all, refetchType: 'none' });
    },
  });
}
