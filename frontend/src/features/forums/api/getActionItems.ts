import { keepPreviousData } from '@tanstack/react-query';
import { api, useApiQuery } from '../../../lib/api';
import type { ActionItemStatus } from '../types';
import { actionItemKeys } from './queryKeys';

export type ActionItemQuery = {
  county?: string;
  forum?: string;
  status?: ActionItemStatus;
  overdue?: boolean;
  mine?: boolean;
  /** Zero-based. */
  page: number;
};

export const BOARD_PAGE_SIZE = 25;

/** The board: action items the caller may see, earliest due first (`GET /api/v1/action-items`). */
export function useActionItems(query: ActionItemQuery, enabled = true) {
  return useApiQuery(
    actionItemKeys.list(query),
    (signal) =>
      api.GET('/api/v1/action-items', {
        params: {
          query: {
            county: query.county,
            forum: query.forum,
            status: query.status,
            overdue: query.overdue || undefined,
            mine: query.mine || undefined,
            page: query.page,
            size: BOARD_PAGE_SIZE,
          },
        },
        signal,
      }),
    { placeholderData: keepPreviousData, enabled },
  );
}
