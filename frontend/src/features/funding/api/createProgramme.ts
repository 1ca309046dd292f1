import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { ProgrammeInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Registers a programme (`POST /api/v1/funding/programmes`): administrators. */
export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ProgrammeInput) => unwrap(await api.POST('/api/v1/funding/programmes', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
