import { api, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { Document } from '../types';
import { documentKeys } from './queryKeys';

export type VersionedDocument = Versioned<'document', Document>;

/** A document with its versions (`GET /api/v1/documents/{id}`) and the ETag to send back when changing it. */
export function useDocument(id: string) {
  return useVersionedQuery('document', documentKeys.detail(id), (signal) =>
    api.GET('/api/v1/documents/{id}', { params: { path: { id } }, signal }),
  );
}
