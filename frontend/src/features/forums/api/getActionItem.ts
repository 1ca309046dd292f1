import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { ActionItem } from '../types';
import { actionItemKeys } from './queryKeys';

export type VersionedActionItem = { item: ActionItem; etag: string };

export function versionedActionItem(result: {
  data?: ActionItem;
  error?: unknown;
  response: Response;
}): VersionedActionItem {
  const item = unwrap(result);
  return { item, etag: etagOf(result.response, item.version) };
}

/** One action item with its trail and what the caller may do (`GET /api/v1/action-items/{id}`), and its ETag. */
export function useActionItem(id: string) {
  return useQuery({
    queryKey: actionItemKeys.detail(id),
    queryFn: async ({ signal }) =>
      versionedActionItem(await api.GET('/api/v1/action-items/{id}', { params: { path: { id } }, signal })),
  });
}
