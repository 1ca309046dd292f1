import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { ProjectInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Registers a project funded elsewhere (`POST /api/v1/funding/projects`): the county's coordinator. */
export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ProjectInput) => unwrap(await api.POST('/api/v1/funding/projects', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
