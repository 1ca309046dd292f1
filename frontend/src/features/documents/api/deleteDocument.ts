import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { documentKeys } from './queryKeys';

/** Removes a document (`DELETE /api/v1/documents/{id}`) with `If-Match`; refused (409) once its owner is final. */
export function useDeleteDocument() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.DELETE('/api/v1/documents/{id}', { params: ifMatch({ id }, etag) }),
    { remove: ({ id }) => documentKeys.one(id), invalidate: () => [documentKeys.lists()] },
  );
}
