import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { documentKeys } from './queryKeys';

/** Who attached, changed and superseded a document, and when (`GET /api/v1/documents/{id}/history`). */
export function useDocumentHistory(id: string) {
  return useQuery({
    queryKey: documentKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/documents/{id}/history', { params: { path: { id } }, signal })),
  });
}
