import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { OwnerType } from '../types';
import { documentKeys } from './queryKeys';

/** The documents of one owner the caller may read (`GET /api/v1/documents?ownerType=&ownerId=`). */
export function useDocuments(ownerType: OwnerType, ownerId: string) {
  return useQuery({
    queryKey: documentKeys.list(ownerType, ownerId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/documents', { params: { query: { ownerType, ownerId } }, signal })),
    enabled: ownerId !== '',
  });
}
