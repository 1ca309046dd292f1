import type { Agreement } from '../types';
import type { QueryKey } from '@tanstack/react-query';
import type { Saved } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/**
 * After a change to an agreement or one of its parts: everything read about it (document, goal areas, history,
 * comparisons) and every list is stale.
 */
export function agreementChanged(agreementId: string): QueryKey[] {
  return [agreementKeys.one(agreementId), agreementKeys.lists()];
}

/** After the server answered a change with the whole agreement: that is its document now; the rest is stale. */
export const agreementSaved = {
  versioned: 'agreement',
  set: (saved) => agreementKeys.detail(saved.agreement.id),
  invalidate: (saved) => agreementChanged(saved.agreement.id),
} as const satisfies Saved<'agreement', Agreement>;
