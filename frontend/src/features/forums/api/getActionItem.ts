import { useQuery } from '@tanstack/react-query';
import { api, type FetchResult, type Versioned, versioned } from '../../../lib/api';
import type { ActionItem } from '../types';
import { actionItemKeys } from './queryKeys';

export type VersionedActionItem = Versioned<'item', ActionItem>;

export function versionedActionItem(result: FetchResult<ActionItem>): VersionedActionItem {
  return versioned('item', result);
}

/** One action item with its trail and what the caller may do (`GET /api/v1/action-items/{id}`), and its ETag. */
export function useActionItem(id: string) {
  return useQuery({
    queryKey: actionItemKeys.detail(id),
    queryFn: async ({ signal }) =>
      versionedActionItem(await api.GET('/api/v1/action-items/{id}', { params: { path: { id } }, signal })),
  });
}
