import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { CallInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Drafts a call (`POST /api/v1/funding/calls`): the county's coordinator. */
export function useCreateCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CallInput) => unwrap(await api.POST('/api/v1/funding/calls', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
