import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { DocumentUpdate } from '../types';
import { documentKeys } from './queryKeys';

/** Changes a document's description (`PUT /api/v1/documents/{id}`) with `If-Match`. */
export function useUpdateDocument() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: DocumentUpdate }) =>
      api.PUT('/api/v1/documents/{id}', { params: ifMatch({ id }, etag), body: input }),
    { invalidate: (_, { id }) => [documentKeys.one(id), documentKeys.lists()] },
  );
}
