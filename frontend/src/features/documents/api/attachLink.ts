import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { LinkInput } from '../types';
import { documentKeys } from './queryKeys';

/** Attaches a link to a document published elsewhere (`POST /api/v1/documents/links`). */
export function useAttachLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LinkInput) => unwrap(await api.POST('/api/v1/documents/links', { body: input })),
    onSuccess: (_, { ownerType, ownerId }) =>
      queryClient.invalidateQueries({ queryKey: documentKeys.list(ownerType, ownerId) }),
  });
}
