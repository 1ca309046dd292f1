import { api, useApiQuery } from '../../../lib/api';
import { documentKeys } from './queryKeys';

/** Who attached, changed and superseded a document, and when (`GET /api/v1/documents/{id}/history`). */
export function useDocumentHistory(id: string) {
  return useApiQuery(documentKeys.history(id), (signal) =>
    api.GET('/api/v1/documents/{id}/history', { params: { path: { id } }, signal }),
  );
}
