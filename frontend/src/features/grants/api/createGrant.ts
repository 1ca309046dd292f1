import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { GrantInput } from '../types';
import { grantKeys } from './queryKeys';

/** Grants a right (`POST /api/v1/grants`); fails with an ApiError carrying field errors. */
export function useCreateGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: GrantInput) => unwrap(await api.POST('/api/v1/grants', { body: input })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: grantKeys.all });
    },
  });
}
