import { api, type Saved, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { ActionItem } from '../types';
import { actionItemKeys } from './queryKeys';

export type VersionedActionItem = Versioned<'item', ActionItem>;

/** One action item with its trail and what the caller may do (`GET /api/v1/action-items/{id}`), and its ETag. */
export function useActionItem(id: string) {
  return useVersionedQuery('item', actionItemKeys.detail(id), (signal) =>
    api.GET('/api/v1/action-items/{id}', { params: { path: { id } }, signal }),
  );
}

/** After a change the server answered with the item: that is it now (what else is stale, each change says). */
export const actionItemSaved = {
  versioned: 'item',
  set: (saved) => actionItemKeys.detail(saved.item.id),
} as const satisfies Saved<'item', ActionItem>;
