import { api, useApiMutation } from '../../../lib/api';
import type { LinkInput } from '../types';
import { documentKeys } from './queryKeys';

/** Attaches a link to a document published elsewhere (`POST /api/v1/documents/links`). */
export function useAttachLink() {
  return useApiMutation((input: LinkInput) => api.POST('/api/v1/documents/links', { body: input }), {
    invalidate: (_, { ownerType, ownerId }) => [documentKeys.list(ownerType, ownerId)],
  });
}
