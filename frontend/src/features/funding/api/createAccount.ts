import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Sets a due date for the project's accounting (`POST /api/v1/funding/projects/{id}/accounts`): the coordinator. */
export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ projectId, dueOn }: { projectId: string; dueOn: string }) =>
      unwrap(
        await api.POST('/api/v1/funding/projects/{id}/accounts', {
          params: { path: { id: projectId } },
          body: { dueOn },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
