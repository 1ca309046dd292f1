import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Document } from '../types';
import { documentKeys } from './queryKeys';

export type VersionedDocument = { document: Document; etag: string };

/** A document with its versions (`GET /api/v1/documents/{id}`) and the ETag to send back when changing it. */
export function useDocument(id: string) {
  return useQuery({
    queryKey: documentKeys.detail(id),
    queryFn: async ({ signal }): Promise<VersionedDocument> => {
      const result = await api.GET('/api/v1/documents/{id}', { params: { path: { id } }, signal });
      const document = unwrap(result);
      return { document, etag: etagOf(result.response, document.version) };
    },
  });
}
