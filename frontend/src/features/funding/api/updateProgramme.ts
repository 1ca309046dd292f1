import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { ProgrammeInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Replaces a programme (`PUT /api/v1/funding/programmes/{id}`, If-Match): administrators. */
export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: ProgrammeInput }) =>
      unwrap(await api.PUT('/api/v1/funding/programmes/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
