import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { ProjectInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Replaces a project (`PUT /api/v1/funding/projects/{id}`, If-Match): its owner's members or the coordinator. */
export function useUpdateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: ProjectInput }) =>
      unwrap(await api.PUT('/api/v1/funding/projects/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
