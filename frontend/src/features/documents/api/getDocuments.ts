import { api, useApiQuery } from '../../../lib/api';
import type { OwnerType } from '../types';
import { documentKeys } from './queryKeys';

/** The documents of one owner the caller may read (`GET /api/v1/documents?ownerType=&ownerId=`). */
export function useDocuments(ownerType: OwnerType, ownerId: string) {
  return useApiQuery(
    documentKeys.list(ownerType, ownerId),
    (signal) => api.GET('/api/v1/documents', { params: { query: { ownerType, ownerId } }, signal }),
    { enabled: ownerId !== '' },
  );
}
