import { api, useApiQuery, type Versioned } from '../../../lib/api';
import type { ActionItem } from '../types';
import { actionItemKeys } from './queryKeys';

export type VersionedActionItem = Versioned<'item', ActionItem>;

/** One action item with its trail and what the caller may do (`GET /api/v1/action-items/{id}`), and its ETag. */
export function useActionItem(id: string) {
  return useApiQuery(
    actionItemKeys.detail(id),
    (signal) => api.GET('/api/v1/action-items/{id}', { params: { path: { id } }, signal }),
    { versioned: 'item' },
  );
}
