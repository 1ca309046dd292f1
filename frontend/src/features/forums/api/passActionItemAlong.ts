import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { PassAlongInput } from '../types';
import { useInvalidateActionItems } from './invalidate';

/**
 * Passes an item along the preparation chain to the forum its forum prepares for or reports to, keeping its trail
 * (`POST /api/v1/action-items/{id}/passing`, If-Match); answers with the new item there.
 */
export function usePassActionItemAlong() {
  const invalidate = useInvalidateActionItems();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: PassAlongInput }) =>
      unwrap(await api.POST('/api/v1/action-items/{id}/passing', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: () => invalidate(),
  });
}
