import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { ApplicationInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Starts an application to an open call (`POST /api/v1/funding/calls/{id}/applications`), as a draft. */
export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ callId, input }: { callId: string; input: ApplicationInput }) =>
      unwrap(
        await api.POST('/api/v1/funding/calls/{id}/applications', { params: { path: { id: callId } }, body: input }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
